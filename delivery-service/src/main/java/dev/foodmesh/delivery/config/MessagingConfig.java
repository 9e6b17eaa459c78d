package dev.foodmesh.delivery.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.delivery.application.ConfirmRelease;
import dev.foodmesh.delivery.application.MoveDelivery;
import dev.foodmesh.delivery.application.ScheduleDelivery;
import dev.foodmesh.delivery.messaging.OrderEventsConsumer;
import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.messaging.EventSubscription;
import dev.foodmesh.messaging.KeptTraces;

/**
 * delivery-service consumes the order events; the messaging kit runs the consumer and the
 * outbox relay.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

	@Bean
	OrderEventsConsumer orderEventsConsumer(ScheduleDelivery scheduleDelivery, MoveDelivery moveDelivery,
			ConfirmRelease confirmRelease, KeptTraces orderTraces) {
		return new OrderEventsConsumer(scheduleDelivery, moveDelivery, confirmRelease, orderTraces);
	}

	@Bean
	EventSubscription<OrderIntegrationEvent> orderEvents(OrderEventsConsumer consumer) {
		return new EventSubscription<>(Topics.ORDER_EVENTS, OrderIntegrationEvent.class, consumer);
	}

	// the delivery keeps its order's trace, for what the courier-wait scan and the
	// simulator emit later
	@Bean
	KeptTraces orderTraces(DatabaseClient database) {
		return new KeptTraces(database, "deliveries", "order_id");
	}

}
