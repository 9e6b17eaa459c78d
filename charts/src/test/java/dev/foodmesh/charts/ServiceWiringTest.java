package dev.foodmesh.charts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services get the configuration docs/conventions.md fixes: ports, database and Kafka
 * settings, the order service's lookup URLs, the OpenTelemetry agent, the Jib image
 * names, and their own database credentials.
 */
class ServiceWiringTest {

	static final java.util.List<String> KAFKA_CLIENTS = java.util.List.of("order-service", "payment-service",
			"delivery-service");

	final RenderedChart chart = RenderedChart.of("default");

	@Test
	void shouldConfigureEveryServiceByEnvironment() {
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> env = Yamls.map(this.chart.get("ConfigMap", service), "data");

			assertThat(env).as(service)
				.containsEntry("SERVER_PORT", "8080")
				.containsEntry("MANAGEMENT_SERVER_PORT", "8081")
				.containsEntry("FOODMESH_DB_HOST", "foodmesh-postgres")
				.containsEntry("FOODMESH_DB_PORT", "5432")
				.containsEntry("FOODMESH_DB_NAME", "foodmesh_" + service.replace("-service", ""))
				.containsEntry("FOODMESH_DB_USERNAME", "foodmesh_" + service.replace("-service", ""))
				.containsEntry("OTEL_SERVICE_NAME", service)
				.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT")
				.doesNotContainKey("SPRING_PROFILES_ACTIVE");
			assertThat(String.valueOf(env.get("JAVA_TOOL_OPTIONS")))
				.startsWith("-javaagent:/opt/otel/opentelemetry-javaagent.jar");
			// only the services with a Kafka client get Kafka settings (least privilege)
			if (KAFKA_CLIENTS.contains(service)) {
				assertThat(env).as(service).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "foodmesh-kafka:9092");
			}
			else {
				assertThat(env).as(service).doesNotContainKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
			}
		}
		assertThat(Yamls.map(RenderedChart.of("ha-demo").get("ConfigMap", "user-service"), "data"))
			.containsEntry("SPRING_PROFILES_ACTIVE", "demo");
	}

	@Test
	void shouldPointOrderServiceAtItsDependencies() {
		Map<String, Object> env = Yamls.map(this.chart.get("ConfigMap", "order-service"), "data");

		assertThat(env).containsEntry("FOODMESH_ORDER_USER_SERVICE_URL", "http://user-service:8080")
			.containsEntry("FOODMESH_ORDER_RESTAURANT_SERVICE_URL", "http://restaurant-service:8080");
		assertThat(this.chart.get("Service", "user-service")).isNotNull();
		assertThat(this.chart.get("Service", "restaurant-service")).isNotNull();
		// the courier simulator follows demo.enabled: the demo profile switches it on,
		// nothing else does
		assertThat(Yamls.map(this.chart.get("ConfigMap", "delivery-service"), "data"))
			.doesNotContainKey("FOODMESH_DELIVERY_SIMULATOR_ENABLED");
	}

	@Test
	void shouldRunTheJibImagesOfTheChartVersion() {
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> container = Yamls
				.maps(this.chart.get("Deployment", service), "spec.template.spec.containers")
				.get(0);

			assertThat(container.get("image")).isEqualTo("foodmesh/" + service + ":0.1.0-SNAPSHOT");
		}
	}

	@Test
	void shouldReadEachDatabasePasswordFromItsOwnSecret() {
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> container = Yamls
				.maps(this.chart.get("Deployment", service), "spec.template.spec.containers")
				.get(0);
			Map<String, Object> password = Yamls.maps(container, "env")
				.stream()
				.filter((e) -> "FOODMESH_DB_PASSWORD".equals(e.get("name")))
				.findFirst()
				.orElseThrow();
			Map<String, Object> secret = this.chart.get("Secret", service + "-db");

			assertThat(Yamls.str(password, "valueFrom.secretKeyRef.name")).isEqualTo(service + "-db");
			assertThat(Yamls.str(password, "valueFrom.secretKeyRef.key")).isEqualTo("password");
			assertThat(secret.get("type")).isEqualTo("kubernetes.io/basic-auth");
			assertThat(Yamls.str(secret, "stringData.password")).hasSize(32);
		}
	}

	@Test
	void shouldCreateOneDatabaseAndRolePerServiceInBundledPostgres() {
		String init = String.valueOf(Yamls.map(this.chart.get("ConfigMap", "foodmesh-postgres-init"), "data")
			.get("10-foodmesh-databases.sh"));

		for (String service : RenderedChart.SERVICES) {
			String db = "foodmesh_" + service.replace("-service", "");
			String variable = service.toUpperCase().replace('-', '_') + "_PASSWORD";
			assertThat(init).contains("create " + db + " " + db + " \"$" + variable + "\"");
		}
		assertThat(this.chart.get("StatefulSet", "foodmesh-postgres"))
			.satisfies((sts) -> assertThat(Yamls.str(Yamls.maps(sts, "spec.template.spec.containers").get(0), "image"))
				.matches("postgres:18\\.\\d+"));
	}

}
