package dev.foodmesh.charts;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 5 and item 4: who creates the topics agrees with the services'
 * environment. When the chart owns them (the topics Job, or Strimzi's KafkaTopics) every
 * Kafka client is told {@code FOODMESH_MESSAGING_TOPICS_CREATE=false} (the messaging kit
 * then only checks they exist) and the Job runs with the release, not as a hook after the
 * services are ready; otherwise the services create them with the chart's partitions and
 * replication. The topics are exactly the event catalogue's and their dead-letter twins.
 */
class TopicOwnershipTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldTellTheServicesWhoCreatesTheTopics(String valueSet) {
		check(RenderedChart.of(valueSet), valueSet);
	}

	@Test
	void shouldLetTheServicesCreateTheTopicsWhenTheJobIsOff() {
		// the Job also applies the ACLs: without it the bundled broker runs without
		// authentication
		String text = RenderedChart
			.template("--set", "kafka.topicsJob.enabled=false", "--set", "kafka.auth.enabled=false")
			.stdout();
		RenderedChart chart = new RenderedChart("no-job", RenderedChart.parse("no-job", text));

		assertThat(chart.ofKind("Job")).isEmpty();
		check(chart, "no-job");
		assertThat(Yamls.map(chart.get("ConfigMap", "order-service"), "data"))
			.containsEntry("FOODMESH_MESSAGING_TOPICS_PARTITIONS", "6")
			.containsEntry("FOODMESH_MESSAGING_TOPICS_REPLICATION", "1");
	}

	@Test
	void shouldGiveKafkaSettingsExactlyToTheServicesWithAKafkaClient() throws Exception {
		RenderedChart chart = RenderedChart.of("default");
		for (String service : RenderedChart.SERVICES) {
			boolean kit = Files.readString(ChartTools.REPO.resolve(service + "/pom.xml"))
				.contains("<artifactId>messaging-kit</artifactId>");
			assertThat(Yamls.map(chart.get("ConfigMap", service), "data").containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
				.as("%s has the messaging kit: %s", service, kit)
				.isEqualTo(kit);
		}
	}

	static void check(RenderedChart chart, String valueSet) {
		List<Map<String, Object>> jobs = chart.ofKind("Job").toList();
		List<Map<String, Object>> kafkaTopics = chart.ofKind("KafkaTopic").toList();
		boolean owned = !jobs.isEmpty() || !kafkaTopics.isEmpty();
		Set<String> created = new TreeSet<>();
		for (Map<String, Object> job : jobs) {
			assertThat(Yamls.map(job, "metadata.annotations")).as("%s: the Job runs with the release", valueSet)
				.doesNotContainKey("helm.sh/hook");
			String script = String
				.valueOf(Yamls.list(Yamls.maps(job, "spec.template.spec.containers").get(0), "args").get(0));
			Matcher create = Pattern.compile("(?m)^\\s*create (\\S+) \\d+$").matcher(script);
			while (create.find()) {
				created.add(create.group(1));
			}
		}
		kafkaTopics.forEach((t) -> created.add(Yamls.str(t, "spec.topicName")));
		if (owned) {
			assertThat(created).as("%s: the topics the chart creates", valueSet).isEqualTo(catalogue());
		}
		List<String> clients = new ArrayList<>();
		for (Map<String, Object> configMap : chart.ofKind("ConfigMap").toList()) {
			Map<String, Object> env = Yamls.map(configMap, "data");
			if (!env.containsKey("SPRING_KAFKA_BOOTSTRAP_SERVERS")) {
				continue;
			}
			String name = Yamls.str(configMap, "metadata.name");
			clients.add(name);
			if (owned) {
				assertThat(env).as("%s %s", valueSet, name)
					.containsEntry("FOODMESH_MESSAGING_TOPICS_CREATE", "false")
					.containsKey("FOODMESH_MESSAGING_TOPICS_EXISTENCE_TIMEOUT");
				for (Map<String, Object> job : jobs) {
					long deadline = ((Number) Yamls.at(job, "spec.activeDeadlineSeconds")).longValue();
					assertThat(
							IstioSemantics.parse(String.valueOf(env.get("FOODMESH_MESSAGING_TOPICS_EXISTENCE_TIMEOUT")))
								.toSeconds())
						.as("%s %s waits as long as the Job may run", valueSet, name)
						.isGreaterThanOrEqualTo(deadline);
				}
			}
			else {
				assertThat(env).as("%s %s", valueSet, name)
					.doesNotContainEntry("FOODMESH_MESSAGING_TOPICS_CREATE", "false")
					.containsKeys("FOODMESH_MESSAGING_TOPICS_PARTITIONS", "FOODMESH_MESSAGING_TOPICS_REPLICATION");
			}
		}
		assertThat(clients).as("%s: the Kafka clients", valueSet)
			.containsExactlyInAnyOrder("order-service", "payment-service", "delivery-service");
	}

	/** The topics of event-contracts' Topics class and their ".dlt" twins. */
	static Set<String> catalogue() {
		try {
			String source = Files.readString(ChartTools.REPO
				.resolve("common-events/event-contracts/src/main/java/dev/foodmesh/events/Topics.java"));
			Set<String> topics = new TreeSet<>();
			Matcher topic = Pattern.compile("\"(foodmesh\\.[a-z]+\\.events\\.v\\d+)\"").matcher(source);
			while (topic.find()) {
				topics.add(topic.group(1));
				topics.add(topic.group(1) + ".dlt");
			}
			assertThat(topics).hasSize(6);
			return topics;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
