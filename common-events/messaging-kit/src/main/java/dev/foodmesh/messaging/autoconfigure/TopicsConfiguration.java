package dev.foodmesh.messaging.autoconfigure;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.Topics;

/**
 * Declares every event topic of the catalogue and its {@code .dlt} twin, so whichever service starts first creates
 * them; Spring's {@link KafkaAdmin} creates missing topics at startup and leaves existing ones alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "foodmesh.messaging.topics", name = "create", matchIfMissing = true)
class TopicsConfiguration {

	@Bean
	KafkaAdmin.NewTopics foodmeshTopics(MessagingProperties properties) {
		return new KafkaAdmin.NewTopics(eventTopics(properties.topics()).toArray(NewTopic[]::new));
	}

	static List<NewTopic> eventTopics(MessagingProperties.Topics settings) {
		return EventCatalog.all()
			.stream()
			.map(EventCatalog.EventType::topic)
			.distinct()
			.flatMap((topic) -> Stream.of(topic, Topics.deadLetterOf(topic)))
			.map((topic) -> TopicBuilder.name(topic)
				.partitions(settings.partitions())
				.replicas(settings.replication())
				.build())
			.toList();
	}

}
