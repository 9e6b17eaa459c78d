package dev.foodmesh.delivery.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.EventSubscription;
import dev.foodmesh.messaging.KeptTraces;

/**
 * The topic delivery-service consumes (the messaging kit runs a consumer for the
 * subscription), and where the delivery keeps its order's trace.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfig {

	@Bean
	EventSubscription<OrderIntegrationEvent> orderEvents(EventHandler<OrderIntegrationEvent> handler) {
		return new EventSubscription<>(Topics.ORDER_EVENTS, OrderIntegrationEvent.class, handler);
	}

	// the delivery keeps its order's trace, for what the courier-wait scan and the
	// simulator emit later
	@Bean
	KeptTraces orderTraces(DatabaseClient database) {
		return new KeptTraces(database, "deliveries", "order_id");
	}

}
