package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: every service fetches the issuer's keys itself
 * ({@code FOODMESH_SECURITY_JWKS_URI}) through its sidecar, which under REGISTRY_ONLY
 * reaches only the mesh registry and its Sidecar's egress hosts. A {@code jwksUri}
 * outside the cluster therefore needs a ServiceEntry and an egress host on every Sidecar,
 * or no service can verify a token (and none starts ready).
 */
class JwksEgressTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "https://login.example.com/realms/foodmesh/protocol/openid-connect/certs, login.example.com, 443, TLS",
			"https://idp.example.org:8443/jwks.json, idp.example.org, 8443, TLS",
			"http://keys.example.net/jwks, keys.example.net, 80, HTTP" })
	void shouldLetEverySidecarReachAnExternalJwksUri(String uri, String host, int port, String protocol) {
		RenderedChart chart = render("--set", "mesh.jwt.jwksUri=" + uri);

		Map<String, Object> entry = chart.get("ServiceEntry", "foodmesh-jwks");
		assertThat(Yamls.list(entry, "spec.hosts")).containsExactly(host);
		assertThat(Yamls.str(entry, "spec.location")).isEqualTo("MESH_EXTERNAL");
		assertThat(Yamls.str(entry, "spec.resolution")).isEqualTo("DNS");
		assertThat(Yamls.list(entry, "spec.exportTo")).containsExactly(".");
		assertThat(Yamls.maps(entry, "spec.ports")).singleElement().satisfies((p) -> {
			assertThat(p.get("number")).isEqualTo(port);
			assertThat(p.get("protocol")).isEqualTo(protocol);
			assertThat(String.valueOf(p.get("name"))).startsWith(protocol.toLowerCase() + "-");
		});
		assertThat(chart.ofKind("Sidecar")).hasSize(RenderedChart.SERVICES.size())
			.allSatisfy((sidecar) -> assertThat(Yamls.list(Yamls.maps(sidecar, "spec.egress").get(0), "hosts"))
				.as(Yamls.str(sidecar, "metadata.name"))
				.contains("./" + host));
		for (String service : RenderedChart.SERVICES) {
			assertThat(Yamls.map(chart.get("ConfigMap", service), "data")).as(service)
				.containsEntry("FOODMESH_SECURITY_JWKS_URI", uri);
		}
		assertThat(IstioSemantics.violations(chart.objects())).isEmpty();
		assertThat(SchemaValidator.validate(List.of(entry))).isEmpty();
	}

	@Test
	void shouldRenderTheEntryForTheProductionExample() {
		assertThat(Yamls.list(RenderedChart.of("examples/production/values.yaml").get("ServiceEntry", "foodmesh-jwks"),
				"spec.hosts"))
			.containsExactly("login.example.com");
	}

	@Test
	void shouldLeaveInClusterAndInlineKeysAndTheMeshOffAlone() {
		assertThat(render("--set", "mesh.jwt.jwksUri=http://keycloak.auth.svc.cluster.local:8080/certs")
			.find("ServiceEntry", "foodmesh-jwks")).isEmpty();
		assertThat(RenderedChart.of("examples/laptop/values.yaml+istio/jwt/values-dev-jwt.yaml")
			.find("ServiceEntry", "foodmesh-jwks")).isEmpty();
		assertThat(render("--set", "mesh.jwt.jwksUri=https://login.example.com/certs", "--set", "mesh.enabled=false")
			.find("ServiceEntry", "foodmesh-jwks")).isEmpty();
	}

	@Test
	void shouldRefuseAnIpAddressAsTheJwksHost() {
		assertThat(RenderedChart.template("--set", "mesh.jwt.jwksUri=https://203.0.113.7/jwks").all())
			.contains("mesh.jwt.jwksUri", "host name");
	}

	private static RenderedChart render(String... args) {
		ChartTools.Result result = RenderedChart.template(args);
		assertThat(result.exitCode()).as(result.all()).isZero();
		return new RenderedChart(String.join(" ", args), RenderedChart.parse("jwks", result.stdout()));
	}

}
