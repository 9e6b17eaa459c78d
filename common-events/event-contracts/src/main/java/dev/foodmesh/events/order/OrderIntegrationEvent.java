package dev.foodmesh.events.order;

import dev.foodmesh.events.IntegrationEvent;

/**
 * Events on {@code foodmesh.order.events.v1}, published by order-service, the saga's
 * owner.
 */
public sealed interface OrderIntegrationEvent extends IntegrationEvent
		permits OrderCreatedEvent, OrderPaidEvent, OrderCancelledEvent {

}
