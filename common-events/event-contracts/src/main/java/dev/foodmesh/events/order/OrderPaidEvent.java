package dev.foodmesh.events.order;

import java.time.Instant;
import java.util.UUID;

import dev.foodmesh.events.Address;

/**
 * The order's payment was authorised; delivery-service assigns a courier in
 * {@link #restaurantCity()}. Type {@code dev.foodmesh.order.paid.v1}.
 */
public record OrderPaidEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID paymentId, UUID restaurantId,
		String restaurantCity, Address deliveryAddress) implements OrderIntegrationEvent {
}
