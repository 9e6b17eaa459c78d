package dev.foodmesh.events.payment;

import java.time.Instant;
import java.util.UUID;

import dev.foodmesh.events.Money;

/**
 * An authorised payment was refunded in full. Type
 * {@code dev.foodmesh.payment.refunded.v1}.
 */
public record PaymentRefundedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID paymentId,
		Money amount) implements PaymentIntegrationEvent {
}
