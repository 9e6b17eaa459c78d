package dev.foodmesh.messaging.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.KafkaAdmin;

import dev.foodmesh.infra.KafkaBroker;
import dev.foodmesh.infra.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code foodmesh.messaging.topics.create=false} against the real (shared) broker, on
 * topics of its own so that the catalogue topics other tests declared do not matter: the
 * check names every missing topic and creates none, then passes once the platform (here
 * the test, as the chart's topics Job would) has created them.
 */
class TopicsExistenceCheckIT {

	@Test
	void shouldWaitForThePlatformsTopicsAndNeverCreateOne() {
		KafkaBroker broker = TestInfrastructure.kafka();
		String topic = "kit.existence." + UUID.randomUUID();
		List<String> expected = List.of(topic, topic + ".dlt");
		KafkaAdmin admin = new KafkaAdmin(Map.of("bootstrap.servers", broker.bootstrapServers()));
		var settings = new MessagingProperties.Topics(false, 3, (short) 1, Duration.ofSeconds(2),
				Duration.ofMillis(200));
		var check = new TopicsConfiguration.TopicsExistenceCheck(expected,
				() -> TopicsConfiguration.Check.listTopics(admin), settings);

		assertThatIllegalStateException().isThrownBy(check::awaitTopics)
			.withMessageContaining("[" + topic + ", " + topic + ".dlt]")
			.withMessageContaining("does not create topics");
		assertThat(broker.topicNames()).doesNotContainAnyElementsOf(expected);

		broker.createTopics(expected, 6);
		check.awaitTopics();

		assertThat(broker.partitionCounts(expected)).allSatisfy((name,
				partitions) -> assertThat(partitions).as("%s keeps the platform's partitions", name).isEqualTo(6));
	}

}
