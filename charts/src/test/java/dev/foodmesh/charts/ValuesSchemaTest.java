package dev.foodmesh.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** values.schema.json rejects unknown keys at every level and invalid values; the templates reject bad combos. */
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
			"mesh.ingress.istio.credentialname=x | additional properties 'credentialname' not allowed",
			"kafka.mode=zookeeper | kafka/mode",
			"mesh.peerAuthentication.mode=DISABLE | peerAuthentication/mode",
			"mesh.ingress.mode=nginx | ingress/mode",
			"components.order-service.edgeRoutes[0].path=/orders/** | edgeRoutes/0/path",
			"kafka.replicationFactor=3 | exceeds kafka.bundled.replicas",
			"kafka.minInsyncReplicas=2 | exceeds kafka.replicationFactor" })
	void shouldRejectInvalidValues(String set, String message) {
		ChartTools.Result result = RenderedChart.template("--set", set);

		assertThat(result.exitCode()).as(result.all()).isNotZero();
		assertThat(result.stderr()).contains(message);
	}

	@Test
	void shouldRejectACallerThatIsNotAComponent() {
		ChartTools.Result result = RenderedChart.template("--set-json",
				"components.user-service.allowedCallers=[{\"from\":\"nobody\",\"methods\":[\"GET\"],\"paths\":[\"/users/*\"]}]");

		assertThat(result.exitCode()).as(result.all()).isNotZero();
		assertThat(result.stderr()).contains("\"nobody\", which is not an enabled component");
	}

}
