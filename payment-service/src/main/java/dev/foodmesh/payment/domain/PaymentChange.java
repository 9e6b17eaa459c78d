package dev.foodmesh.payment.domain;

import java.util.List;

/** The outcome of a command on a payment; callers switch over it exhaustively. */
public sealed interface PaymentChange {

	/**
	 * The payment's next state and what to announce. No events means the change had
	 * already been made, so a redelivered command is harmless.
	 */
	record Changed(Payment next, List<PaymentEvent> events) implements PaymentChange {

		public Changed {
			events = List.copyOf(events);
		}

		static Changed unchanged(Payment payment) {
			return new Changed(payment, List.of());
		}

		public boolean isNoOp() {
			return events.isEmpty();
		}

	}

	/**
	 * The change is reserved and committed first; it completes (and is announced) only
	 * when the PSP has been asked, outside that transaction.
	 */
	record Reserved(Payment next) implements PaymentChange {
	}

	/**
	 * The command does not apply to the payment's state; an expected business outcome,
	 * not an error.
	 */
	record Rejected(PaymentRejection reason) implements PaymentChange {
	}

}
