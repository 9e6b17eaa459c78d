package dev.foodmesh.order.domain;

/**
 * Where an order stands in the saga. {@link OrderTransitions} says which {@link Trigger}
 * moves it where.
 */
public enum OrderStatus {

	PAYMENT_PENDING, PAID, DELIVERY_SCHEDULED, PICKED_UP, DELIVERED,
	/** A refund is under way; {@code PaymentRefunded} completes the cancellation. */
	CANCELLATION_PENDING, CANCELLED;

	/** No trigger moves a terminal order any more; the status stream completes on it. */
	public boolean isTerminal() {
		return this == DELIVERED || this == CANCELLED;
	}

}
