package dev.foodmesh.payment.application;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * A reservation the PSP has answered, waiting for its answer to be recorded
 * ({@link SettlePayment#record}).
 */
public sealed interface PspAnswered {

	Payment reserved();

	default OrderId orderId() {
		return reserved().orderId();
	}

	/** The PSP decided an authorisation. */
	record Authorization(Payment.Pending reserved, PspDecision decision) implements PspAnswered {
	}

	/** The PSP made a refund. */
	record Refund(Payment.Refunding reserved) implements PspAnswered {
	}

}
