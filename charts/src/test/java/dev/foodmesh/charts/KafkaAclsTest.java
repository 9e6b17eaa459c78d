package dev.foodmesh.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.foodmesh.charts.RenderedKafkaSecurity.Acl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 3: on the bundled broker every service is its own Kafka principal, and
 * its ACLs are exactly what its code needs. The expected ACLs are derived from the
 * services' sources, not from values.yaml: a service produces its own topic
 * ({@code foodmesh.<context>.events.v1}, the brief's one topic per producer) and consumes
 * the topics of its {@code EventSubscription}s; a change on either side that the other
 * does not follow fails here.
 */
class KafkaAclsTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	private static final Pattern SUBSCRIPTION = Pattern.compile("new EventSubscription<>\\(Topics\\.(\\w+)");

	private static final Pattern TOPIC_CONSTANT = Pattern.compile("(\\w+) = \"(foodmesh\\.[a-z]+\\.events\\.v\\d+)\"");

	@Test
	void shouldGrantEachServiceExactlyWhatItsCodeProducesAndConsumes() {
		RenderedKafkaSecurity security = RenderedKafkaSecurity.of(RenderedChart.of("default"));

		for (String service : RenderedChart.SERVICES) {
			assertThat(new HashSet<>(security.of(service))).as(service).isEqualTo(expectedAcls(service));
		}
		assertThat(security.acls()).extracting(Acl::principal)
			.containsOnly("order-service", "payment-service", "delivery-service");
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldGiveNoServiceWriteOnAnotherServicesTopic(String valueSet) {
		RenderedKafkaSecurity security = RenderedKafkaSecurity.of(bundled(valueSet));

		assertThat(security.acls()).as(valueSet).isNotEmpty();
		security.acls()
			.stream()
			.filter((acl) -> acl.operation().equals("Write"))
			.forEach((acl) -> assertThat(acl.name().endsWith(".dlt") || acl.name().equals(ownTopic(acl.principal())))
				.as("%s: %s may write %s", valueSet, acl.principal(), acl.name())
				.isTrue());
		assertThat(security.acls()).as(valueSet)
			.allMatch((acl) -> acl.resourceType().equals("topic") || acl.name().startsWith(acl.principal()));
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldGiveEachKafkaClientItsOwnCredential(String valueSet) {
		RenderedChart chart = bundled(valueSet);
		RenderedKafkaSecurity security = RenderedKafkaSecurity.of(chart);
		Map<String, Map<String, Object>> jobEnv = env(chart.ofKind("Job").findFirst().orElseThrow());
		Set<Object> secrets = new HashSet<>();

		for (String service : List.of("order-service", "payment-service", "delivery-service")) {
			Map<String, Map<String, Object>> env = env(chart.get("Deployment", service));
			assertThat(String.valueOf(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").get("value"))).contains(
					"ScramLoginModule required username=\"" + service + "\" password=\"$(FOODMESH_KAFKA_PASSWORD)\"");
			Object secretRef = Yamls.at(env.get("FOODMESH_KAFKA_PASSWORD"), "valueFrom.secretKeyRef");
			assertThat(secrets.add(secretRef)).as("%s %s has a Secret of its own", valueSet, service).isTrue();
			assertThat(Yamls.at(jobEnv.get(security.scramPasswordVariables().get(service)), "valueFrom.secretKeyRef"))
				.as("%s: the Job sets %s's SCRAM password from the Secret the service reads", valueSet, service)
				.isEqualTo(secretRef);
			assertThat(Yamls.map(chart.get("Secret", service + "-kafka"), "stringData")).containsEntry("username",
					service);
			assertThat(Yamls.map(chart.get("ConfigMap", service), "data"))
				.containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
				.containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
		}
		for (String service : List.of("user-service", "restaurant-service")) {
			assertThat(env(chart.get("Deployment", service))).as(service).doesNotContainKey("FOODMESH_KAFKA_PASSWORD");
			assertThat(chart.find("Secret", service + "-kafka")).as(service).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldAuthoriseEveryClientOfTheBundledBroker(String valueSet) {
		String config = String
			.valueOf(Yamls.map(bundled(valueSet).get("ConfigMap", "foodmesh-kafka"), "data").get("server.properties"));

		assertThat(config).contains("authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer")
			.contains("allow.everyone.if.no.acl.found=false")
			.contains("listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
			.contains("super.users=User:broker;User:admin")
			.doesNotContain("PLAINTEXT:PLAINTEXT");
	}

	@Test
	void shouldLeaveExternalKafkaAndTheOptOutAsTheyWere() {
		// Strimzi's own principals and ACLs: StrimziKafkaAclsTest
		for (RenderedChart chart : List.of(RenderedChart.of("external"), new RenderedChart("auth-off", RenderedChart
			.parse("auth-off", RenderedChart.template("--set", "kafka.auth.enabled=false").stdout())))) {
			assertThat(Yamls.map(chart.get("ConfigMap", "order-service"), "data")).as(chart.valueSet())
				.doesNotContainKeys("SPRING_KAFKA_SECURITY_PROTOCOL", "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM");
			assertThat(chart.find("Secret", "order-service-kafka")).as(chart.valueSet()).isEmpty();
			assertThat(chart.ofKind("Job").map((job) -> RenderedKafkaSecurity.of(chart).acls()).flatMap(List::stream))
				.as(chart.valueSet())
				.isEmpty();
		}
		assertThat(RenderedChart.template("--set", "kafka.topicsJob.enabled=false").all())
			.contains("kafka.auth.enabled needs kafka.topicsJob.enabled");
	}

	/**
	 * The value set's render; the test is skipped for the sets without the bundled
	 * broker.
	 */
	static RenderedChart bundled(String valueSet) {
		RenderedChart chart = RenderedChart.of(valueSet);
		Assumptions.assumeTrue(chart.find("StatefulSet", "foodmesh-kafka").isPresent(),
				"no bundled Kafka in " + valueSet);
		return chart;
	}

	/** The ACLs a service's code needs; see the class comment. */
	static Set<Acl> expectedAcls(String service) {
		Set<String> consumed = consumedTopics(service);
		if (consumed.isEmpty()) {
			return Set.of();
		}
		String own = ownTopic(service);
		assertThat(topicConstants()).as("%s's topic is in the catalogue", service).containsValue(own);
		Set<Acl> acls = new HashSet<>();
		acls.add(new Acl(service, "Write", "topic", own));
		acls.add(new Acl(service, "Read", "topic", own + ".dlt"));
		for (String topic : consumed) {
			acls.add(new Acl(service, "Read", "topic", topic));
			acls.add(new Acl(service, "Write", "topic", topic + ".dlt"));
		}
		acls.add(new Acl(service, "Read", "group", service));
		acls.add(new Acl(service, "Read", "group", service + ".dlt-redrive"));
		topicConstants().values()
			.forEach((topic) -> Stream.of(topic, topic + ".dlt")
				.forEach((name) -> acls.add(new Acl(service, "Describe", "topic", name))));
		return acls;
	}

	static String ownTopic(String service) {
		return "foodmesh." + service.replace("-service", "") + ".events.v1";
	}

	/**
	 * The topics named by the {@code EventSubscription}s in the service's main sources.
	 */
	static Set<String> consumedTopics(String service) {
		Map<String, String> constants = topicConstants();
		Set<String> topics = new TreeSet<>();
		try (Stream<Path> files = Files.walk(ChartTools.REPO.resolve(service + "/src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher subscription = SUBSCRIPTION.matcher(Files.readString(file));
				while (subscription.find()) {
					topics.add(constants.get(subscription.group(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return topics;
	}

	/** Constant name → topic, from event-contracts' Topics class. */
	static Map<String, String> topicConstants() {
		try {
			Matcher constant = TOPIC_CONSTANT.matcher(Files.readString(ChartTools.REPO
				.resolve("common-events/event-contracts/src/main/java/dev/foodmesh/events/Topics.java")));
			Map<String, String> constants = new HashMap<>();
			while (constant.find()) {
				constants.put(constant.group(1), constant.group(2));
			}
			assertThat(constants).hasSize(3);
			return constants;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A pod's first container's env, by variable name. */
	static Map<String, Map<String, Object>> env(Map<String, Object> workload) {
		Map<String, Map<String, Object>> env = new HashMap<>();
		Yamls.maps(Yamls.maps(workload, "spec.template.spec.containers").get(0), "env")
			.forEach((variable) -> env.put(String.valueOf(variable.get("name")), variable));
		return env;
	}

}
