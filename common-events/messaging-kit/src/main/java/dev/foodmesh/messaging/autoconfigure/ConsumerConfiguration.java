package dev.foodmesh.messaging.autoconfigure;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.messaging.EventSubscription;
import dev.foodmesh.messaging.consumer.ConsumersHealthIndicator;
import dev.foodmesh.messaging.consumer.EventConsumers;
import dev.foodmesh.messaging.kafka.KafkaClients;
import dev.foodmesh.messaging.kafka.RecordSender;

/** A consumer for every {@link EventSubscription} bean the service declares. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean({ ConnectionFactory.class, EventSubscription.class })
class ConsumerConfiguration {

	@Bean
	EventConsumers eventConsumers(ObjectProvider<EventSubscription<?>> subscriptions, KafkaClients clients,
			DatabaseClient database, ReactiveTransactionManager transactionManager, RecordSender sender,
			MeterRegistry meterRegistry, MessagingProperties properties, Environment environment) {
		List<EventSubscription<?>> all = subscriptions.orderedStream().toList();
		return new EventConsumers(all, clients, database, TransactionalOperator.create(transactionManager), sender,
				meterRegistry, MessagingAutoConfiguration.serviceName(properties, environment), properties.consumer());
	}

	@Bean
	ConsumersHealthIndicator consumersHealthIndicator(EventConsumers consumers, MessagingProperties properties) {
		return new ConsumersHealthIndicator(consumers, properties.consumer().stallThreshold());
	}

}
