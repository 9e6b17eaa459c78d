package dev.foodmesh.events.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * No delivery could be arranged; order-service cancels and refunds. Type
 * {@code dev.foodmesh.delivery.failed.v1}.
 *
 * @param reason e.g. {@code NO_COURIER}
 */
public record DeliveryFailedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID deliveryId,
		String reason) implements DeliveryIntegrationEvent {
}
