package dev.foodmesh.charts;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * values.schema.json rejects unknown keys at every level and invalid values; the
 * templates reject bad combos.
 */
class ValuesSchemaTest {

	@ParameterizedTest(name = "--set {0}")
	@CsvSource(delimiter = '|', value = { "replicaCount=2 | additional properties 'replicaCount' not allowed",
			"default.replica=2 | additional properties 'replica' not allowed",
			"default.probes.startup.pat=/x | additional properties 'pat' not allowed",
			"default.securityContext.runAsRoot=true | additional properties 'runAsRoot' not allowed",
			"components.order-service.replicaz=1 | additional properties 'replicaz' not allowed",
			"components.order-service.database.passwd=x | additional properties 'passwd' not allowed",
			"kafka.bundled.replica=3 | additional properties 'replica' not allowed",
			"mesh.jwt.jwks_uri=x | additional properties 'jwks_uri' not allowed",
			"monitoring.prometheusRule.enable=true | additional properties 'enable' not allowed",
			"mesh.ingress.istio.credentialname=x | additional properties 'credentialname' not allowed",
			"kafka.mode=zookeeper | kafka/mode", "mesh.peerAuthentication.mode=DISABLE | peerAuthentication/mode",
			"mesh.ingress.mode=nginx | ingress/mode",
			"components.order-service.edgeRoutes[0].path=/orders/** | edgeRoutes/0/path",
			"kafka.replicationFactor=3 | exceeds kafka.bundled.replicas",
			"kafka.minInsyncReplicas=2 | exceeds kafka.replicationFactor" })
	void shouldRejectInvalidValues(String set, String message) {
		ChartTools.Result result = RenderedChart.template("--set", set);

		assertThat(result.exitCode()).as(result.all()).isNotZero();
		assertThat(result.stderr()).contains(message);
	}

	/**
	 * Every object schema that names its properties closes them with
	 * additionalProperties=false. Open maps are only those whose keys are data (labels,
	 * annotations, env, selectors: typed values) and the Kubernetes affinity terms, which
	 * pass through to the pod and are checked by {@link UpstreamSchemaTest} once
	 * rendered.
	 */
	@Test
	void shouldCloseEveryObjectSchema() throws Exception {
		JsonNode schema = new ObjectMapper().readTree(ChartTools.CHART.resolve("values.schema.json").toFile());
		List<String> open = new ArrayList<>();
		List<String> freeMaps = new ArrayList<>();
		walk(schema, "", open, freeMaps);

		assertThat(open).isEmpty();
		assertThat(freeMaps).allMatch((path) -> path.matches(
				".*(podAnnotations|podLabels|nodeSelector|matchLabels|/env|selector|nodeAffinity|podAffinity|podAntiAffinity|/global|/monitoring/.*/(labels|annotations))$"),
				"keys are data or a Kubernetes pass-through");
	}

	private static void walk(JsonNode node, String path, List<String> open, List<String> freeMaps) {
		if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
			open.add(path);
		}
		if ("object".equals(node.path("type").asText()) && !node.has("properties")
				&& !node.path("additionalProperties").isObject()
				|| node.path("additionalProperties").isObject() && !node.path("additionalProperties").has("properties")
						&& !path.endsWith("/components")) {
			freeMaps.add(path);
		}
		node.path("properties")
			.properties()
			.forEach((e) -> walk(e.getValue(), path + "/" + e.getKey(), open, freeMaps));
		if (node.path("items").isObject()) {
			walk(node.get("items"), path + "[]", open, freeMaps);
		}
		if (node.path("additionalProperties").isObject()) {
			walk(node.get("additionalProperties"), path + "/*", open, freeMaps);
		}
		node.path("anyOf").forEach((n) -> walk(n, path, open, freeMaps));
	}

	@Test
	void shouldRejectACallerThatIsNotAComponent() {
		ChartTools.Result result = RenderedChart.template("--set-json",
				"components.user-service.allowedCallers=[{\"from\":\"nobody\",\"methods\":[\"GET\"],\"paths\":[\"/users/*\"]}]");

		assertThat(result.exitCode()).as(result.all()).isNotZero();
		assertThat(result.stderr()).contains("\"nobody\", which is not an enabled component");
	}

}
