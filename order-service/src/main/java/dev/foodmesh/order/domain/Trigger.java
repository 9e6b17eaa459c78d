package dev.foodmesh.order.domain;

import org.jspecify.annotations.Nullable;

/**
 * The business verbs that move an order: one per saga reply and customer action.
 */
public enum Trigger {

	PAYMENT_AUTHORIZED(null, false), PAYMENT_DECLINED(CancellationReason.PAYMENT_DECLINED, false),
	PAYMENT_TIMED_OUT(CancellationReason.PAYMENT_TIMEOUT, true), PAYMENT_REFUNDED(null, false),
	COURIER_ASSIGNED(null, false), NO_COURIER(CancellationReason.NO_COURIER, true), PICKED_UP(null, false),
	DELIVERED(null, false), CUSTOMER_CANCELLED(CancellationReason.CUSTOMER_CANCELLED, true),
	/** delivery-service confirmed that no courier holds the order any more. */
	DELIVERY_RELEASED(null, false),
	/** delivery-service refused the release: the courier already has the food. */
	CANCEL_REFUSED_PICKED_UP(null, false),
	/** delivery-service refused the release: the food is already delivered. */
	CANCEL_REFUSED_DELIVERED(null, false),
	/** The overdue pass: paid, and still no courier assigned after the bound of PAID. */
	DELIVERY_OVERDUE(CancellationReason.DELIVERY_OVERDUE, true),
	/** The overdue pass: delivery-service has not answered the release request within the bound. */
	RELEASE_OVERDUE(null, false);

	private final @Nullable CancellationReason cancels;

	private final boolean requestsRefund;

	Trigger(@Nullable CancellationReason cancels, boolean requestsRefund) {
		this.cancels = cancels;
		this.requestsRefund = requestsRefund;
	}

	/** The reason this trigger cancels an order with, or {@code null} when it does not cancel. */
	public @Nullable CancellationReason cancels() {
		return this.cancels;
	}

	/**
	 * Whether the cancellation asks payment-service to refund: every cancellation but a decline, because a late
	 * authorisation may still arrive after a timeout or a customer cancel.
	 */
	public boolean requestsRefund() {
		return this.requestsRefund;
	}

}
