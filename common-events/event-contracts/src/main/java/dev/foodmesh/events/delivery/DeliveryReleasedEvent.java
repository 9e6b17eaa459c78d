package dev.foodmesh.events.delivery;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * delivery-service's answer to an {@code OrderCancelled} that asked it to confirm the
 * release: the order's delivery no longer holds a courier and never will, so
 * order-service may refund. Sent again for every such request, also when the delivery had
 * already been released or had failed. Type {@code dev.foodmesh.delivery.released.v1}.
 *
 * @param deliveryId the released delivery, or {@code null} when the order had none yet
 * (none will be scheduled)
 */
public record DeliveryReleasedEvent(UUID eventId, UUID orderId, Instant occurredAt,
		@Nullable UUID deliveryId) implements DeliveryIntegrationEvent {
}
