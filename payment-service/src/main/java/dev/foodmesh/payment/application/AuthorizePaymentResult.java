package dev.foodmesh.payment.application;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;

/** What {@link AuthorizePayment} did. */
public sealed interface AuthorizePaymentResult {

	/** The authorisation is reserved; the PSP is asked once the reservation commits. */
	record Reserved(Payment.Pending payment) implements AuthorizePaymentResult {
	}

	/**
	 * The order already had a payment (a repeated request): nothing was reserved or
	 * announced again.
	 */
	record AlreadyProcessed(Payment payment) implements AuthorizePaymentResult {
	}

	/** The order had been cancelled before any payment: it is not charged. */
	record OrderCancelled(OrderId orderId) implements AuthorizePaymentResult {
	}

}
