package dev.foodmesh.messaging.autoconfigure;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsConfigurationTest {

	@Test
	void shouldDeclareTheThreeEventTopicsAndTheirDeadLetterTwinsAsConfigured() {
		var topics = TopicsConfiguration.eventTopics(new MessagingProperties.Topics(true, 6, (short) 3));

		assertThat(topics).extracting(NewTopic::name)
			.containsExactlyInAnyOrder("foodmesh.order.events.v1", "foodmesh.order.events.v1.dlt",
					"foodmesh.payment.events.v1", "foodmesh.payment.events.v1.dlt", "foodmesh.delivery.events.v1",
					"foodmesh.delivery.events.v1.dlt");
		assertThat(topics).allSatisfy((topic) -> {
			assertThat(topic.numPartitions()).isEqualTo(6);
			assertThat(topic.replicationFactor()).isEqualTo((short) 3);
		});
	}

}
