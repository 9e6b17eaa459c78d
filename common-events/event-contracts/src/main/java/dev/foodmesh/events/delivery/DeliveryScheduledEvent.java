package dev.foodmesh.events.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A courier was assigned to the paid order. Type
 * {@code dev.foodmesh.delivery.scheduled.v1}.
 */
public record DeliveryScheduledEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID deliveryId, UUID courierId,
		String courierName, Instant estimatedDeliveryAt) implements DeliveryIntegrationEvent {
}
