package dev.foodmesh.order.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.delivery.DeliveryIntegrationEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.EventSubscription;
import dev.foodmesh.messaging.KeptTraces;

/**
 * The topics order-service consumes (the messaging kit runs a consumer for each
 * subscription), and where the order keeps its trace.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfig {

	@Bean
	EventSubscription<PaymentIntegrationEvent> paymentEvents(EventHandler<PaymentIntegrationEvent> handler) {
		return new EventSubscription<>(Topics.PAYMENT_EVENTS, PaymentIntegrationEvent.class, handler);
	}

	@Bean
	EventSubscription<DeliveryIntegrationEvent> deliveryEvents(EventHandler<DeliveryIntegrationEvent> handler) {
		return new EventSubscription<>(Topics.DELIVERY_EVENTS, DeliveryIntegrationEvent.class, handler);
	}

	@Bean
	KeptTraces orderTraces(DatabaseClient database) {
		return new KeptTraces(database, "orders", "id");
	}

}
