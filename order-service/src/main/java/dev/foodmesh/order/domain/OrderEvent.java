package dev.foodmesh.order.domain;

import java.time.Instant;

/**
 * What happened to an order that other services must hear about (mapped to integration
 * events).
 */
public sealed interface OrderEvent {

	Order order();

	Instant at();

	/** The order was placed and awaits payment. */
	record Placed(Order order, Instant at) implements OrderEvent {
	}

	/** The payment was authorised; a courier can be assigned. */
	record Paid(Order order, Instant at) implements OrderEvent {
	}

	/**
	 * The order is being cancelled: everything held for it is released, and the payment
	 * is refunded when {@code refundRequested}. With
	 * {@code releaseConfirmationRequested}, delivery-service must answer whether it
	 * released the delivery; the refund is then requested by a second {@code Cancelled}
	 * once it did.
	 */
	record Cancelled(Order order, Instant at, CancellationReason reason, boolean refundRequested,
			boolean releaseConfirmationRequested) implements OrderEvent {

		/**
		 * The cancellation of an order that may be with its courier: no refund before
		 * delivery confirms.
		 */
		static Cancelled askingRelease(Order order, Instant at, CancellationReason reason) {
			return new Cancelled(order, at, reason, false, true);
		}

		/**
		 * The cancellation that asks for the refund, with or without a release still to
		 * be made.
		 */
		static Cancelled refunding(Order order, Instant at, CancellationReason reason, boolean refundRequested) {
			return new Cancelled(order, at, reason, refundRequested, false);
		}

	}

}
