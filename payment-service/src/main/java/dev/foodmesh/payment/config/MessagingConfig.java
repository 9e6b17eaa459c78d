package dev.foodmesh.payment.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.EventSubscription;

@Configuration(proxyBeanMethods = false)
class MessagingConfig {

	/** The kit runs one consumer for it in group {@code payment-service}. */
	@Bean
	EventSubscription<OrderIntegrationEvent> orderEvents(EventHandler<OrderIntegrationEvent> orderEventsConsumer) {
		return new EventSubscription<>(Topics.ORDER_EVENTS, OrderIntegrationEvent.class, orderEventsConsumer);
	}

}
