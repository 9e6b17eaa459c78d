package dev.foodmesh.payment.domain;

import java.time.Instant;

/**
 * What happened to a payment, as the payment model says it; mapped to integration events
 * at the edge.
 */
public sealed interface PaymentEvent {

	PaymentId paymentId();

	OrderId orderId();

	Instant occurredAt();

	record Authorized(PaymentId paymentId, OrderId orderId, Money amount, Instant occurredAt) implements PaymentEvent {
	}

	record Declined(PaymentId paymentId, OrderId orderId, DeclineReason reason,
			Instant occurredAt) implements PaymentEvent {
	}

	record Refunded(PaymentId paymentId, OrderId orderId, Money amount, Instant occurredAt) implements PaymentEvent {
	}

}
