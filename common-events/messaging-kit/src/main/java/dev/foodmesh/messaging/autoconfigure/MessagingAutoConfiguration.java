package dev.foodmesh.messaging.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.kafka.KafkaClients;
import dev.foodmesh.messaging.kafka.RecordSender;

/**
 * Auto-configuration of the messaging kit: the kit's tables (Flyway), the {@code Outbox}
 * and its relay, a consumer per {@code EventSubscription} bean, the topics, the
 * {@code dlt} redrive endpoint and the retention pass, all on the service's own R2DBC
 * connection factory, transaction manager, Kafka settings and meter registry.
 */
@AutoConfiguration(after = { R2dbcAutoConfiguration.class, R2dbcTransactionManagerAutoConfiguration.class,
		KafkaAutoConfiguration.class, FlywayAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class })
@EnableConfigurationProperties(MessagingProperties.class)
@Import({ MessagingSchemaConfiguration.class, OutboxConfiguration.class, ConsumerConfiguration.class,
		TopicsConfiguration.class, RedriveConfiguration.class, RetentionConfiguration.class })
public class MessagingAutoConfiguration {

	@Bean
	EventJson messagingEventJson() {
		return new EventJson();
	}

	@Bean
	KafkaClients messagingKafkaClients(KafkaProperties kafka, MessagingProperties properties, Environment environment,
			MeterRegistry meterRegistry) {
		return new KafkaClients(kafka, serviceName(properties, environment), meterRegistry);
	}

	@Bean(destroyMethod = "close")
	RecordSender messagingRecordSender(KafkaClients clients) {
		return new RecordSender(clients.senderOptions());
	}

	/**
	 * {@code foodmesh.messaging.service-name}, else {@code spring.application.name}; one
	 * of them is required.
	 */
	static String serviceName(MessagingProperties properties, Environment environment) {
		String name = properties.serviceName();
		if (name == null || name.isBlank()) {
			name = environment.getProperty("spring.application.name");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalStateException(
					"The messaging kit needs a service name: set spring.application.name or foodmesh.messaging.service-name");
		}
		return name;
	}

}
