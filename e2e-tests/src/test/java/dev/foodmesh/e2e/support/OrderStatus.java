package dev.foodmesh.e2e.support;

import java.util.List;
import java.util.Set;

/** The order statuses and cancellation reasons of the saga, as the API spells them. */
public final class OrderStatus {

	public static final String PAYMENT_PENDING = "PAYMENT_PENDING";

	public static final String PAID = "PAID";

	public static final String DELIVERY_SCHEDULED = "DELIVERY_SCHEDULED";

	public static final String PICKED_UP = "PICKED_UP";

	public static final String DELIVERED = "DELIVERED";

	public static final String CANCELLATION_PENDING = "CANCELLATION_PENDING";

	public static final String CANCELLED = "CANCELLED";

	/** Every status of an order that reaches its customer, in order. */
	public static final List<String> HAPPY_PATH = List.of(PAYMENT_PENDING, PAID, DELIVERY_SCHEDULED, PICKED_UP,
			DELIVERED);

	public static final Set<String> TERMINAL = Set.of(DELIVERED, CANCELLED);

	public static final String PAYMENT_DECLINED = "PAYMENT_DECLINED";

	public static final String PAYMENT_TIMEOUT = "PAYMENT_TIMEOUT";

	public static final String NO_COURIER = "NO_COURIER";

	public static final String CUSTOMER_CANCELLED = "CUSTOMER_CANCELLED";

	private OrderStatus() {
	}

}
