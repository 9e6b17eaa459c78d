package dev.foodmesh.order.domain;

import java.time.Instant;

/** What happened to an order that other services must hear about (mapped to integration events). */
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
	 * The order is being cancelled: everything held for it is released, and the payment is refunded when
	 * {@code refundRequested}.
	 */
	record Cancelled(Order order, Instant at, CancellationReason reason, boolean refundRequested)
			implements OrderEvent {
	}

}
