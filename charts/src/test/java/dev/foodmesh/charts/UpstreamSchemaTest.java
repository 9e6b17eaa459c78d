package dev.foodmesh.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rendered object of every value set and example is checked twice against upstream
 * definitions:
 * <ol>
 * <li>the JSON schemas compiled into the npm packages kubernetes-models (Kubernetes
 * OpenAPI), {@code @kubernetes-models/istio} (Istio's CRDs) and
 * {@code @kubernetes-models/gateway-api} (Gateway API CRDs): types, enums, required
 * fields, formats and patterns;</li>
 * <li>the fabric8 models generated from the same APIs: fields that no model declares (a
 * typo, a field at the wrong level) are errors, which the schemas, lacking
 * additionalProperties=false, let through.</li>
 * </ol>
 * Strimzi, CloudNativePG and Prometheus Operator resources have no published schema
 * package; they are listed and skipped by name ({@link MonitoringTest} checks the
 * PrometheusRule's shape itself).
 */
class UpstreamSchemaTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	/** Operator resources: no registry package carries their schemas. */
	static final Set<String> UNVALIDATED_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io",
			"monitoring.coreos.com");

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldMatchTheUpstreamJsonSchemas(String valueSet) {
		List<Map<String, Object>> objects = validatable(valueSet);

		List<Map<String, Object>> errors = SchemaValidator.validate(objects);

		assertThat(objects).isNotEmpty();
		assertThat(errors).as("schema errors in value set %s", valueSet).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldUseOnlyFieldsTheUpstreamModelsDeclare(String valueSet) {
		List<String> errors = new ArrayList<>();
		for (Map<String, Object> object : validatable(valueSet)) {
			errors.addAll(StrictModelCheck.unknownFields(object));
		}

		assertThat(errors).as("unknown fields in value set %s", valueSet).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldSkipOnlyOperatorResources(String valueSet) {
		List<Map<String, Object>> skipped = RenderedChart.of(valueSet)
			.objects()
			.stream()
			.filter(UpstreamSchemaTest::isOperatorResource)
			.toList();

		if (!valueSet.equals("operators")) {
			assertThat(skipped).extracting((o) -> o.get("kind"))
				.allMatch((k) -> Set.of("PrometheusRule", "PodMonitor").contains(k));
		}
		assertThat(skipped).extracting((o) -> o.get("kind"))
			.allMatch((kind) -> Set
				.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "Database", "PrometheusRule",
						"PodMonitor")
				.contains(kind));
	}

	static List<Map<String, Object>> validatable(String valueSet) {
		return RenderedChart.of(valueSet).objects().stream().filter((o) -> !isOperatorResource(o)).toList();
	}

	private static boolean isOperatorResource(Map<String, Object> object) {
		String apiVersion = String.valueOf(object.get("apiVersion"));
		return UNVALIDATED_GROUPS.stream().anyMatch((group) -> apiVersion.startsWith(group + "/"));
	}

}
