package dev.foodmesh.order.domain;

/**
 * The business verbs that move an order: one per saga reply, customer action and
 * deadline. What each does, in each status, including the event it publishes and the
 * reason it cancels with, is a row of {@link OrderTransitions}.
 */
public enum Trigger {

	PAYMENT_AUTHORIZED, PAYMENT_DECLINED, PAYMENT_TIMED_OUT, PAYMENT_REFUNDED, COURIER_ASSIGNED, NO_COURIER, PICKED_UP,
	DELIVERED, CUSTOMER_CANCELLED,
	/** delivery-service confirmed that no courier holds the order any more. */
	DELIVERY_RELEASED,
	/** delivery-service refused the release: the courier already has the food. */
	CANCEL_REFUSED_PICKED_UP,
	/** delivery-service refused the release: the food is already delivered. */
	CANCEL_REFUSED_DELIVERED,
	/** The overdue pass: paid, and still no courier assigned after the bound of PAID. */
	DELIVERY_OVERDUE,
	/**
	 * The overdue pass: delivery-service has not answered the release request within the
	 * bound.
	 */
	RELEASE_OVERDUE

}
