package dev.foodmesh.payment.domain;

import java.time.Instant;
import java.util.UUID;

/** Payments as the tests talk about them. */
public final class PaymentFixtures {

	public static final Instant CREATED_AT = Instant.parse("2026-01-15T12:00:00Z");

	public static final Instant LATER = CREATED_AT.plusSeconds(600);

	public static final Money TOTAL = new Money(2100, "EUR");

	public static final PaymentToken VISA = new PaymentToken("tok_visa");

	private PaymentFixtures() {
	}

	public static OrderId anOrder() {
		return new OrderId(UUID.randomUUID());
	}

	public static PaymentDetails detailsFor(OrderId orderId) {
		return new PaymentDetails(PaymentId.random(), orderId, TOTAL, VISA, CREATED_AT);
	}

	public static Payment.Authorized anAuthorizedPayment() {
		return new Payment.Authorized(detailsFor(anOrder()));
	}

	public static Payment.Declined aDeclinedPayment() {
		return new Payment.Declined(detailsFor(anOrder()), DeclineReason.CARD_DECLINED);
	}

	public static Payment.Refunded aRefundedPayment() {
		return new Payment.Refunded(detailsFor(anOrder()), LATER);
	}

}
