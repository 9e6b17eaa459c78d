package dev.foodmesh.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.foodmesh.events.Address;
import dev.foodmesh.events.Money;

/**
 * An order was placed and awaits payment. Payment-service authorises {@link #total()}
 * with {@link #paymentToken()}. Type {@code dev.foodmesh.order.created.v1}.
 */
public record OrderCreatedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID userId, UUID restaurantId,
		String restaurantCity, List<OrderLine> lines, Money total, Address deliveryAddress,
		String paymentToken) implements OrderIntegrationEvent {
}
