package dev.foodmesh.events.payment;

import java.time.Instant;
import java.util.UUID;

import dev.foodmesh.events.Money;

/** The order's total was authorised. Type {@code dev.foodmesh.payment.authorized.v1}. */
public record PaymentAuthorizedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID paymentId,
		Money amount) implements PaymentIntegrationEvent {
}
