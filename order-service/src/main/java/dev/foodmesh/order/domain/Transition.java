package dev.foodmesh.order.domain;

/** What one row of {@link OrderTransitions} does with an order, and what it publishes. */
public sealed interface Transition {

	/**
	 * The order moves to {@code target} and publishes nothing (delivery progress, the
	 * refund ending a cancellation).
	 */
	record Move(OrderStatus target) implements Transition {
	}

	/**
	 * The payment was authorised: the order moves to {@code PAID} and publishes
	 * {@code OrderPaid}.
	 */
	record MarkPaid() implements Transition {
	}

	/**
	 * The order is cancelled for {@code reason}: it moves to {@code target}
	 * ({@code CANCELLED}, or {@code CANCELLATION_PENDING} while a refund it requests is
	 * under way) and publishes {@code OrderCancelled}, asking payment-service for a
	 * refund when {@code refundRequested}: every cancellation but a decline, because a
	 * late authorisation may still arrive after a timeout or a customer's cancel.
	 */
	record Cancel(OrderStatus target, CancellationReason reason, boolean refundRequested) implements Transition {
	}

	/**
	 * The order, paid, is cancelled for {@code reason}: it moves to
	 * {@code CANCELLATION_PENDING} and publishes {@code OrderCancelled} asking
	 * delivery-service to confirm that it released the delivery; the refund waits for
	 * that confirmation, because the courier may already have the food.
	 */
	record AskRelease(CancellationReason reason) implements Transition {
	}

	/**
	 * The release request went unanswered too long: it is published again (and noted in
	 * the history), the status stays. An order that no longer awaits the answer changes
	 * nothing.
	 */
	record AskReleaseAgain() implements Transition {
	}

	/**
	 * delivery-service confirmed the release: {@code OrderCancelled} requesting the
	 * refund is published now and the status stays. A repeated confirmation changes
	 * nothing.
	 */
	record RequestRefund() implements Transition {
	}

	/**
	 * delivery-service refused the release: the cancellation is dropped and the order
	 * resumes at {@code target}, where delivery already is; nothing is published.
	 */
	record Resume(OrderStatus target) implements Transition {
	}

	/**
	 * The step was already taken, or the event is late and changes nothing: redelivery is
	 * harmless.
	 */
	record Ignore() implements Transition {
	}

	/**
	 * A refund after the order was cancelled (a late authorisation refunded): written
	 * into the history only.
	 */
	record RecordRefund() implements Transition {
	}

	/** No row: the move is illegal from this status. */
	record Refuse() implements Transition {
	}

}
