package dev.foodmesh.order.domain;

/** Why an order was (or is being) cancelled. Kept on the order and in its history. */
public enum CancellationReason {

	PAYMENT_DECLINED, PAYMENT_TIMEOUT, NO_COURIER, CUSTOMER_CANCELLED,
	/** Paid, but no courier was assigned within the bound of PAID. */
	DELIVERY_OVERDUE

}
