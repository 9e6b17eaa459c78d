package dev.foodmesh.delivery.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.EventSubscription;

/**
 * The topic delivery-service consumes (the messaging kit runs a consumer for the
 * subscription). The delivery keeps its order's trace in its own row, written with its
 * insert and read with the row when locked (persistence), so no kit {@code KeptTraces}
 * bean reads it.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfig {

	@Bean
	EventSubscription<OrderIntegrationEvent> orderEvents(EventHandler<OrderIntegrationEvent> handler) {
		return new EventSubscription<>(Topics.ORDER_EVENTS, OrderIntegrationEvent.class, handler);
	}

}
