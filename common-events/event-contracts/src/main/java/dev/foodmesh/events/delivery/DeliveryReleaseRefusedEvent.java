package dev.foodmesh.events.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * delivery-service's answer to an {@code OrderCancelled} that asked it to confirm the
 * release: the courier already has the food, so the cancellation is refused and
 * order-service keeps the charge. Type {@code dev.foodmesh.delivery.release-refused.v1}.
 *
 * @param deliveryStatus where the delivery stands: {@code PICKED_UP} or {@code COMPLETED}
 */
public record DeliveryReleaseRefusedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID deliveryId,
		String deliveryStatus) implements DeliveryIntegrationEvent {
}
