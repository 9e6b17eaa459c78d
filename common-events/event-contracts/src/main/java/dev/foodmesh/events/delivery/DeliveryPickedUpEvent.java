package dev.foodmesh.events.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * The courier collected the order at the restaurant. Type
 * {@code dev.foodmesh.delivery.picked-up.v1}.
 */
public record DeliveryPickedUpEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID deliveryId,
		UUID courierId) implements DeliveryIntegrationEvent {
}
