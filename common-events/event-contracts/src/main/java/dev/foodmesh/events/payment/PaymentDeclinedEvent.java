package dev.foodmesh.events.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * The payment was declined. Type {@code dev.foodmesh.payment.declined.v1}.
 *
 * @param reason the simulator's decline code, e.g. {@code CARD_DECLINED},
 * {@code INSUFFICIENT_FUNDS}
 */
public record PaymentDeclinedEvent(UUID eventId, UUID orderId, Instant occurredAt, UUID paymentId,
		String reason) implements PaymentIntegrationEvent {
}
