package dev.foodmesh.messaging.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.KafkaAdmin;

import dev.foodmesh.infra.KafkaServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code foodmesh.messaging.topics.create=false} against a real broker of its own (the shared one already holds
 * the topics other tests declared): the check names every missing topic and creates none, then passes once the
 * platform (here the test, as the chart's topics Job would) has created them.
 */
class TopicsExistenceCheckIT {

	static KafkaServer broker;

	@BeforeAll
	static void start() {
		broker = KafkaServer.startForTests();
	}

	@AfterAll
	static void stop() {
		broker.close();
	}

	@Test
	void shouldWaitForThePlatformsTopicsAndNeverCreateOne() {
		KafkaAdmin admin = new KafkaAdmin(Map.of("bootstrap.servers", broker.bootstrapServers()));
		var settings = new MessagingProperties.Topics(false, 3, (short) 1, Duration.ofSeconds(2), Duration.ofMillis(200));
		var check = new TopicsConfiguration.TopicsExistenceCheck(TopicsConfiguration.topicNames(),
				() -> TopicsConfiguration.Check.listTopics(admin), settings);

		assertThatIllegalStateException().isThrownBy(check::awaitTopics)
			.withMessageContaining("foodmesh.order.events.v1")
			.withMessageContaining("foodmesh.delivery.events.v1.dlt");
		assertThat(broker.topicNames()).noneMatch((topic) -> topic.startsWith("foodmesh."));

		broker.createTopics(6);
		check.awaitTopics();

		assertThat(broker.partitionCounts(TopicsConfiguration.topicNames())).allSatisfy((topic, partitions) ->
				assertThat(partitions).as("%s keeps the platform's partitions", topic).isEqualTo(6));
	}

}
