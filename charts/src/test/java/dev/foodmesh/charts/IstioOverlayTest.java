package dev.foodmesh.charts;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * istio/overlay.yaml is a valid IstioOperator (Istio's own schema) and installs what the
 * chart relies on: the ingress gateway its Gateway selects, the tracing provider its
 * Telemetry names, and access logs.
 */
class IstioOverlayTest {

	@SuppressWarnings("unchecked")
	static final Map<String, Object> OVERLAY = (Map<String, Object>) read("istio/overlay.yaml");

	@Test
	void shouldMatchTheIstioOperatorSchema() {
		assertThat(SchemaValidator.validate(List.of(OVERLAY))).isEmpty();
		assertThat(StrictModelCheck.unknownFields(OVERLAY)).allMatch((e) -> e.contains("no generated model"));
	}

	@Test
	void shouldInstallTheMinimalProfileWithTheGatewayTheChartSelects() {
		Map<String, Object> gateway = Yamls.maps(OVERLAY, "spec.components.ingressGateways").get(0);
		Map<String, Object> chartGateway = RenderedChart.of("default").get("Gateway", "foodmesh-gateway");

		assertThat(Yamls.str(OVERLAY, "spec.profile")).isEqualTo("minimal");
		assertThat(gateway.get("enabled")).isEqualTo(true);
		assertThat(Yamls.map(gateway, "label")).containsAllEntriesOf(Yamls.map(chartGateway, "spec.selector"));
		assertThat(Yamls.str(gateway, "namespace")).isEqualTo("istio-system");
		assertThat(Yamls.maps(gateway, "k8s.service.ports")).extracting((p) -> p.get("port")).contains(443);
	}

	@Test
	void shouldProvideTheTracingBackendTheChartNames() {
		Map<String, Object> provider = Yamls.maps(OVERLAY, "spec.meshConfig.extensionProviders").get(0);
		Map<String, Object> telemetry = RenderedChart.of("default").ofKind("Telemetry").findFirst().orElseThrow();
		String chartProvider = Yamls.str(Yamls.maps(Yamls.maps(telemetry, "spec.tracing").get(0), "providers").get(0),
				"name");
		String agentEndpoint = String
			.valueOf(Yamls.map(RenderedChart.of("default").get("ConfigMap", "payment-service"), "data")
				.get("OTEL_EXPORTER_OTLP_ENDPOINT"));

		assertThat(provider.get("name")).isEqualTo(chartProvider);
		assertThat(agentEndpoint).isEqualTo("http://" + Yamls.str(provider, "opentelemetry.service") + ":"
				+ Yamls.str(provider, "opentelemetry.port"));
		assertThat(Yamls.str(OVERLAY, "spec.meshConfig.accessLogFile")).isEqualTo("/dev/stdout");
	}

	private static Object read(String file) {
		try {
			return new Yaml().load(Files.readString(ChartTools.REPO.resolve(file)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
