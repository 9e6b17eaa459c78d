package dev.foodmesh.events.delivery;

import java.time.Instant;
import java.util.UUID;

/** The order reached the customer. Type {@code dev.foodmesh.delivery.completed.v1}. */
public record DeliveryCompletedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID deliveryId,
		UUID courierId) implements DeliveryIntegrationEvent {
}
