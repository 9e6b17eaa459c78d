package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each infrastructure mode renders: bundled KRaft Kafka, external services, the
 * operators' resources.
 */
class ValueSetsTest {

	static final List<String> TOPICS = List.of("foodmesh.order.events.v1", "foodmesh.payment.events.v1",
			"foodmesh.delivery.events.v1");

	@Test
	void shouldRunBundledKafkaAsAKraftQuorumWithConfigurableReplication() {
		RenderedChart ha = RenderedChart.of("ha-demo");
		Map<String, Object> kafka = ha.get("StatefulSet", "foodmesh-kafka");
		String properties = String
			.valueOf(Yamls.map(ha.get("ConfigMap", "foodmesh-kafka"), "data").get("server.properties"));

		assertThat(Yamls.at(kafka, "spec.replicas")).isEqualTo(3);
		assertThat(Yamls.str(Yamls.maps(kafka, "spec.template.spec.containers").get(0), "image"))
			.startsWith("apache/kafka:");
		assertThat(properties)
			.contains("process.roles=broker,controller", "default.replication.factor=3", "min.insync.replicas=2",
					"auto.create.topics.enable=false")
			.containsPattern("controller.quorum.voters=0@foodmesh-kafka-0\\.[^,]+:9093,1@[^,]+,2@[^,]+\\n");
		assertThat(ha.find("PodDisruptionBudget", "foodmesh-kafka")).isPresent();
	}

	@Test
	void shouldCreateEveryTopicAndItsDeadLetterTwinWithAJob() {
		Map<String, Object> job = RenderedChart.of("ha-demo").ofKind("Job").findFirst().orElseThrow();
		String script = String
			.valueOf(Yamls.list(Yamls.maps(job, "spec.template.spec.containers").get(0), "args").get(0));

		assertThat(Yamls.str(job, "metadata.name")).matches("foodmesh-kafka-topics-[0-9a-f]{8}");
		// part of the release, not a hook that would run only after every service is
		// ready
		assertThat(Yamls.map(job, "metadata.annotations")).doesNotContainKey("helm.sh/hook");
		for (String topic : TOPICS) {
			assertThat(script).contains("create " + topic + " 6", "create " + topic + ".dlt 1");
		}
		assertThat(script).contains("--replication-factor 3", "min.insync.replicas=2");
	}

	@Test
	void shouldUseExternalKafkaAndPostgresWithoutRunningThem() {
		RenderedChart external = RenderedChart.of("external");
		Map<String, Object> env = Yamls.map(external.get("ConfigMap", "order-service"), "data");
		Map<String, Object> order = Yamls
			.maps(external.get("Deployment", "order-service"), "spec.template.spec.containers")
			.get(0);

		assertThat(external.ofKind("StatefulSet")).isEmpty();
		assertThat(env).containsEntry("FOODMESH_DB_HOST", "pg.data.example.internal")
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS",
					"kafka-0.data.example.internal:9092,kafka-1.data.example.internal:9092,kafka-2.data.example.internal:9094");
		assertThat(Yamls.maps(order, "env").get(0)).satisfies((e) -> {
			assertThat(Yamls.str(e, "valueFrom.secretKeyRef.name")).isEqualTo("orders-db-credentials");
			assertThat(Yamls.str(e, "valueFrom.secretKeyRef.key")).isEqualTo("pg-password");
		});
		assertThat(external.find("Secret", "order-service-db")).isEmpty();
		assertThat(external.find("Secret", "user-service-db")).isPresent();
		assertThat(Yamls.list(external.get("ServiceEntry", "foodmesh-external-kafka"), "spec.hosts")).containsExactly(
				"kafka-0.data.example.internal", "kafka-1.data.example.internal", "kafka-2.data.example.internal");
		assertThat(Yamls.maps(external.get("ServiceEntry", "foodmesh-external-kafka"), "spec.ports"))
			.extracting((p) -> p.get("number"))
			.containsExactly(9092, 9094);
		assertThat(Yamls.list(Yamls.maps(external.get("Sidecar", "payment-service"), "spec.egress").get(0), "hosts"))
			.contains("./kafka-0.data.example.internal", "./pg.data.example.internal");
	}

	@Test
	void shouldDeclareStrimziAndCloudNativePgResourcesInOperatorMode() {
		RenderedChart operators = RenderedChart.of("operators");

		assertThat(operators.ofKind("StatefulSet")).isEmpty();
		assertThat(operators.ofKind("Job")).isEmpty();
		assertThat(operators.get("Kafka", "foodmesh")).isNotNull();
		assertThat(operators.ofKind("KafkaTopic")).extracting((t) -> Yamls.str(t, "spec.topicName"))
			.containsExactlyInAnyOrder("foodmesh.order.events.v1", "foodmesh.order.events.v1.dlt",
					"foodmesh.payment.events.v1", "foodmesh.payment.events.v1.dlt", "foodmesh.delivery.events.v1",
					"foodmesh.delivery.events.v1.dlt");
		assertThat(operators.ofKind("Database")).extracting((d) -> Yamls.str(d, "spec.name"))
			.containsExactlyInAnyOrder("foodmesh_user", "foodmesh_restaurant", "foodmesh_order", "foodmesh_payment",
					"foodmesh_delivery");
		assertThat(Yamls.map(operators.get("ConfigMap", "payment-service"), "data"))
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "foodmesh-kafka-bootstrap:9092")
			.containsEntry("FOODMESH_DB_HOST", "foodmesh-postgres-rw");
	}

	@Test
	void shouldAdmitToKafkaAndPostgresOnlyTheComponentsWhoseEgressNamesThem() {
		RenderedChart chart = RenderedChart.of("default");

		assertThat(admitted(chart.get("NetworkPolicy", "foodmesh-kafka"), 9092)).containsExactlyInAnyOrder(
				"order-service", "payment-service", "delivery-service", "foodmesh-kafka", "foodmesh-kafka-topics");
		assertThat(admitted(chart.get("NetworkPolicy", "foodmesh-kafka"), 9093)).containsExactly("foodmesh-kafka");
		assertThat(admitted(chart.get("NetworkPolicy", "foodmesh-postgres"), 5432)).containsExactlyInAnyOrder(
				"user-service", "restaurant-service", "order-service", "payment-service", "delivery-service");
	}

	@Test
	void shouldAdmitNoServiceToKafkaWhenNoneHasKafkaEgress() {
		String text = RenderedChart
			.template("--set", "components.order-service.egress={postgres}", "--set",
					"components.payment-service.egress={postgres}", "--set",
					"components.delivery-service.egress={postgres}", "--set", "kafka.topicsJob.enabled=false")
			.stdout();
		RenderedChart chart = new RenderedChart("no-kafka-clients", RenderedChart.parse("no-kafka-clients", text));

		assertThat(admitted(chart.get("NetworkPolicy", "foodmesh-kafka"), 9092)).containsExactly("foodmesh-kafka");
	}

	/** The app.kubernetes.io/name of every pod selector admitted on the port. */
	private static List<String> admitted(Map<String, Object> policy, int port) {
		return Yamls.maps(policy, "spec.ingress")
			.stream()
			.filter((rule) -> Yamls.maps(rule, "ports")
				.stream()
				.anyMatch((p) -> Integer.valueOf(port).equals(p.get("port"))))
			.flatMap((rule) -> Yamls.maps(rule, "from").stream())
			.map((from) -> String.valueOf(Yamls.map(from, "podSelector.matchLabels").get("app.kubernetes.io/name")))
			.toList();
	}

}
