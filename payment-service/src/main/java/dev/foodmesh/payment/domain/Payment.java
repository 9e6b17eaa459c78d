package dev.foodmesh.payment.domain;

import java.time.Instant;
import java.util.List;

/**
 * One order's payment, as type-state: {@link Pending} (reserved; the PSP is being asked
 * to authorise), {@link Authorized} (money is held), {@link Declined} (nothing was held,
 * with the PSP's reason), {@link Refunding} (the PSP is being asked to release the money)
 * or {@link Refunded} (held money was released). A reservation is committed before the
 * PSP is called and settled by the PSP's answer in a transaction of its own, so a crash
 * in between leaves a row that says which call to repeat (with the same idempotency key).
 * An authorised payment can be refunded once; nothing else changes a payment.
 */
public sealed interface Payment {

	PaymentDetails details();

	PaymentStatus status();

	Instant updatedAt();

	default PaymentId id() {
		return details().id();
	}

	default OrderId orderId() {
		return details().orderId();
	}

	/**
	 * Reserves the payment before the PSP is asked: nothing is held yet and nothing is
	 * announced.
	 */
	static Pending reserve(PaymentDetails details) {
		return new Pending(details);
	}

	/**
	 * Opens a payment from the PSP's decision; approved or declined, the outcome is final
	 * and is announced.
	 */
	static PaymentChange.Changed open(PaymentDetails details, PspDecision decision) {
		Instant at = details.createdAt();
		return switch (decision) {
			case PspDecision.Approved() -> new PaymentChange.Changed(new Authorized(details),
					List.of(new PaymentEvent.Authorized(details.id(), details.orderId(), details.amount(), at)));
			case PspDecision.Declined(DeclineReason reason) -> new PaymentChange.Changed(new Declined(details, reason),
					List.of(new PaymentEvent.Declined(details.id(), details.orderId(), reason, at)));
		};
	}

	/**
	 * Reserves the refund of the held amount in full; the PSP is asked after the
	 * reservation commits. Refunding a payment whose refund is reserved or done changes
	 * nothing (a redelivered cancellation is harmless); a declined payment holds no
	 * money, so there is nothing to refund; a pending one holds nothing yet.
	 */
	default PaymentChange refund(Instant now) {
		return switch (this) {
			case Authorized authorized -> new PaymentChange.Reserved(authorized.startRefund(now));
			case Refunding refunding -> PaymentChange.Changed.unchanged(refunding);
			case Refunded refunded -> PaymentChange.Changed.unchanged(refunded);
			case Declined declined -> new PaymentChange.Rejected(PaymentRejection.PAYMENT_DECLINED);
			case Pending pending -> new PaymentChange.Rejected(PaymentRejection.AUTHORIZATION_PENDING);
		};
	}

	record Pending(PaymentDetails details) implements Payment {

		@Override
		public PaymentStatus status() {
			return PaymentStatus.PENDING;
		}

		@Override
		public Instant updatedAt() {
			return details.createdAt();
		}

		/**
		 * The PSP answered: the payment is authorised or declined, and the outcome
		 * announced.
		 */
		public PaymentChange.Changed settle(PspDecision decision) {
			return open(details, decision);
		}

	}

	record Authorized(PaymentDetails details) implements Payment {

		public Refunding startRefund(Instant now) {
			return new Refunding(details, now);
		}

		@Override
		public PaymentStatus status() {
			return PaymentStatus.AUTHORIZED;
		}

		@Override
		public Instant updatedAt() {
			return details.createdAt();
		}

	}

	record Declined(PaymentDetails details, DeclineReason reason) implements Payment {

		@Override
		public PaymentStatus status() {
			return PaymentStatus.DECLINED;
		}

		@Override
		public Instant updatedAt() {
			return details.createdAt();
		}

	}

	/**
	 * @param requestedAt when the refund was reserved
	 */
	record Refunding(PaymentDetails details, Instant requestedAt) implements Payment {

		@Override
		public PaymentStatus status() {
			return PaymentStatus.REFUNDING;
		}

		@Override
		public Instant updatedAt() {
			return requestedAt;
		}

		/** The PSP released the money: the refund is done and announced. */
		public PaymentChange.Changed complete(Instant now) {
			return new PaymentChange.Changed(new Refunded(details, now),
					List.of(new PaymentEvent.Refunded(id(), orderId(), details.amount(), now)));
		}

	}

	record Refunded(PaymentDetails details, Instant refundedAt) implements Payment {

		@Override
		public PaymentStatus status() {
			return PaymentStatus.REFUNDED;
		}

		@Override
		public Instant updatedAt() {
			return refundedAt;
		}

	}

}
