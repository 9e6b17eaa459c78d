package dev.foodmesh.order.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of an order's history.
 *
 * @param status the status the order had after this step
 * @param reason why, when there is one: a {@link CancellationReason} name,
 * {@link #PAYMENT_REFUNDED} for a refund recorded on an order that was already cancelled,
 * or the name of the delivery-service answer to a cancellation
 * ({@link Trigger#DELIVERY_RELEASED}, {@link Trigger#CANCEL_REFUSED_PICKED_UP},
 * {@link Trigger#CANCEL_REFUSED_DELIVERED})
 * @param at when order-service applied the step
 */
public record HistoryEntry(OrderStatus status, @Nullable String reason, Instant at) {

	/**
	 * The reason of a refund recorded after the order was cancelled (e.g. a late
	 * authorisation refunded).
	 */
	public static final String PAYMENT_REFUNDED = "PAYMENT_REFUNDED";

}
