package dev.foodmesh.payment.application;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentRejection;

/** What {@link ReleasePayment} did. */
public sealed interface ReleasePaymentResult {

	/**
	 * The refund is reserved; the PSP is asked once the reservation commits, and the
	 * refund announced then.
	 */
	record RefundReserved(Payment payment) implements ReleasePaymentResult {
	}

	/**
	 * The PSP has not answered the payment's authorisation yet; the cancellation is
	 * remembered, and an approval is recorded together with the reservation of its
	 * refund.
	 */
	record RefundAfterAuthorization(Payment payment) implements ReleasePaymentResult {
	}

	/**
	 * The payment's refund had been reserved or done already (a repeated cancellation):
	 * nothing happened again.
	 */
	record AlreadyRefunded(Payment payment) implements ReleasePaymentResult {
	}

	/** The payment model refused the refund, e.g. a declined payment holds no money. */
	record Rejected(Payment payment, PaymentRejection reason) implements ReleasePaymentResult {
	}

	/** The cancellation did not ask for a refund, so the payment was left as it is. */
	record RefundNotRequested(Payment payment) implements ReleasePaymentResult {
	}

	/**
	 * No payment exists for the order; the cancellation is remembered so the order is
	 * never charged later.
	 */
	record NoPayment(OrderId orderId) implements ReleasePaymentResult {
	}

}
