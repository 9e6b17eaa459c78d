package dev.foodmesh.charts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.foodmesh.charts.RenderedKafkaSecurity.Acl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 3, with Strimzi: each Kafka client is a KafkaUser with SCRAM-SHA-512 and
 * simple authorization, whose ACLs are exactly what its code produces and consumes
 * ({@link KafkaAclsTest#expectedAcls}, the source the bundled broker's ACLs are checked
 * against); the cluster authenticates and authorises its clients' listener, over TLS, and
 * each service reads the credential the User Operator writes for its KafkaUser and trusts
 * Strimzi's cluster CA.
 */
class StrimziKafkaAclsTest {

	static final List<String> CLIENTS = List.of("order-service", "payment-service", "delivery-service");

	private final RenderedChart chart = RenderedChart.of("operators");

	@Test
	void shouldGrantEachKafkaUserExactlyWhatItsServiceProducesAndConsumes() {
		Map<String, Object> kafka = this.chart.ofKind("Kafka").findFirst().orElseThrow();

		for (String service : RenderedChart.SERVICES) {
			assertThat(acls(service)).as(service).isEqualTo(KafkaAclsTest.expectedAcls(service));
		}
		assertThat(this.chart.ofKind("KafkaUser")).extracting((u) -> Yamls.str(u, "metadata.name"))
			.containsExactlyInAnyOrderElementsOf(CLIENTS);
		assertThat(this.chart.ofKind("KafkaUser")).allSatisfy((user) -> {
			assertThat(user.get("apiVersion")).isEqualTo(kafka.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1");
			assertThat(Yamls.map(user, "metadata.labels")).containsEntry("strimzi.io/cluster",
					Yamls.str(kafka, "metadata.name"));
			assertThat(Yamls.str(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
			assertThat(Yamls.str(user, "spec.authorization.type")).isEqualTo("simple");
			assertThat(Yamls.maps(user, "spec.authorization.acls"))
				.allSatisfy((acl) -> assertThat(Yamls.str(acl, "resource.patternType")).isEqualTo("literal"));
		});
	}

	@Test
	void shouldAuthenticateAndAuthoriseTheClientsListenerOverTls() {
		Map<String, Object> kafka = this.chart.ofKind("Kafka").findFirst().orElseThrow();

		assertThat(Yamls.maps(kafka, "spec.kafka.listeners")).singleElement().satisfies((listener) -> {
			assertThat(listener.get("tls")).isEqualTo(true);
			assertThat(Yamls.str(listener, "authentication.type")).isEqualTo("scram-sha-512");
			assertThat(listener.get("port")).isEqualTo(9092);
		});
		assertThat(Yamls.str(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
		assertThat(Yamls.at(kafka, "spec.entityOperator.userOperator")).isNotNull();
	}

	@Test
	void shouldGiveEachKafkaClientTheCredentialStrimziCreatesAndTheClusterCa() {
		String caSecret = Yamls.str(this.chart.ofKind("Kafka").findFirst().orElseThrow(), "metadata.name")
				+ "-cluster-ca-cert";

		for (String service : CLIENTS) {
			Map<String, Object> deployment = this.chart.get("Deployment", service);
			Map<String, Map<String, Object>> env = KafkaAclsTest.env(deployment);
			assertThat(Yamls.map(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"), "valueFrom.secretKeyRef"))
				.as("%s reads its KafkaUser's Secret", service)
				.isEqualTo(Map.of("name", service, "key", "sasl.jaas.config"));
			Map<String, Object> config = Yamls.map(this.chart.get("ConfigMap", service), "data");
			assertThat(config).as(service)
				.containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
				.containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
				.containsEntry("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE", "PEM");
			String truststore = String.valueOf(config.get("SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION"));
			Map<String, Object> pod = Yamls.map(deployment, "spec.template.spec");
			Map<String, Object> mount = Yamls.maps(Yamls.maps(pod, "containers").get(0), "volumeMounts")
				.stream()
				.filter((m) -> truststore.equals(m.get("mountPath") + "/ca.crt"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(service + " mounts nothing at " + truststore));
			assertThat(Yamls.maps(pod, "volumes")).filteredOn((v) -> v.get("name").equals(mount.get("name")))
				.singleElement()
				.satisfies((volume) -> {
					assertThat(Yamls.str(volume, "secret.secretName")).isEqualTo(caSecret);
					assertThat(Yamls.maps(volume, "secret.items"))
						.containsExactly(Map.<String, Object>of("key", "ca.crt", "path", "ca.crt"));
				});
		}
		for (String service : List.of("user-service", "restaurant-service")) {
			assertThat(KafkaAclsTest.env(this.chart.get("Deployment", service))).as(service)
				.doesNotContainKey("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
			assertThat(Yamls.maps(this.chart.get("Deployment", service), "spec.template.spec.volumes"))
				.extracting((v) -> v.get("name"))
				.containsExactly("tmp");
		}
	}

	@Test
	void shouldRenderNeitherUsersNorAuthorizationWithAuthOff() {
		ChartTools.Result result = RenderedChart.template("--values", RenderedChart.valuesFile("operators"), "--set",
				"kafka.auth.enabled=false", "--set", "kafka.strimzi.tls=false");
		assertThat(result.exitCode()).as(result.all()).isZero();
		RenderedChart chart = new RenderedChart("strimzi-open", RenderedChart.parse("strimzi-open", result.stdout()));

		assertThat(chart.ofKind("KafkaUser")).isEmpty();
		Map<String, Object> kafka = chart.ofKind("Kafka").findFirst().orElseThrow();
		assertThat(Yamls.at(kafka, "spec.kafka.authorization")).isNull();
		assertThat(Yamls.maps(kafka, "spec.kafka.listeners")).singleElement()
			.satisfies(
					(listener) -> assertThat(listener).containsEntry("tls", false).doesNotContainKey("authentication"));
		assertThat(Yamls.map(chart.get("ConfigMap", "order-service"), "data")).doesNotContainKeys(
				"SPRING_KAFKA_SECURITY_PROTOCOL", "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM",
				"SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION");
	}

	/** The ACLs of the service's KafkaUser, one per operation and resource. */
	private Set<Acl> acls(String service) {
		Set<Acl> acls = new HashSet<>();
		this.chart.find("KafkaUser", service)
			.ifPresent((user) -> Yamls.maps(user, "spec.authorization.acls")
				.forEach((rule) -> Yamls.list(rule, "operations")
					.forEach((operation) -> acls.add(new Acl(service, String.valueOf(operation),
							Yamls.str(rule, "resource.type"), Yamls.str(rule, "resource.name"))))));
		return acls;
	}

}
