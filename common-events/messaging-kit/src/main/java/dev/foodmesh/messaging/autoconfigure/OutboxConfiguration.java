package dev.foodmesh.messaging.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.kafka.RecordSender;
import dev.foodmesh.messaging.outbox.OutboxRelay;
import dev.foodmesh.messaging.outbox.OutboxRelayHealthIndicator;
import dev.foodmesh.messaging.outbox.R2dbcOutbox;

/** The outbox and its relay, on the service's R2DBC connection factory. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(ConnectionFactory.class)
class OutboxConfiguration {

	@Bean
	@ConditionalOnMissingBean(Outbox.class)
	R2dbcOutbox outbox(DatabaseClient database, EventJson json) {
		return new R2dbcOutbox(database, json);
	}

	@Bean
	@ConditionalOnProperty(prefix = "foodmesh.messaging.outbox", name = "relay-enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(ConnectionFactory connectionFactory, DatabaseClient database, RecordSender sender,
			MeterRegistry meterRegistry, MessagingProperties properties, Environment environment) {
		return new OutboxRelay(connectionFactory, database, sender, meterRegistry,
				MessagingAutoConfiguration.serviceName(properties, environment), properties.outbox());
	}

	@Bean
	@ConditionalOnProperty(prefix = "foodmesh.messaging.outbox", name = "relay-enabled", matchIfMissing = true)
	OutboxRelayHealthIndicator outboxRelayHealthIndicator(OutboxRelay relay, MessagingProperties properties) {
		return new OutboxRelayHealthIndicator(relay, properties.outbox().stallThreshold());
	}

}
