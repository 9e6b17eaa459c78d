package dev.foodmesh.order.domain;

/** What one row of {@link OrderTransitions} does with an order. */
public sealed interface Transition {

	/** The order moves to {@code target}. */
	record Move(OrderStatus target) implements Transition {
	}

	/**
	 * The order moves to {@code CANCELLATION_PENDING} and asks delivery-service to confirm that it released the
	 * delivery; the refund waits for that confirmation, because the courier may already have the food.
	 */
	record AskRelease() implements Transition {
	}

	/**
	 * The release request went unanswered too long: it is sent again (and noted in the history), the status stays.
	 * An order that no longer awaits the answer changes nothing.
	 */
	record AskReleaseAgain() implements Transition {
	}

	/**
	 * delivery-service confirmed the release: the refund is requested now and the status stays. A repeated
	 * confirmation changes nothing.
	 */
	record RequestRefund() implements Transition {
	}

	/**
	 * delivery-service refused the release: the cancellation is dropped and the order resumes at {@code target}, where
	 * delivery already is.
	 */
	record Resume(OrderStatus target) implements Transition {
	}

	/** The step was already taken, or the event is late and changes nothing: redelivery is harmless. */
	record Ignore() implements Transition {
	}

	/** The status stays, the event is written into the history (a refund after the order was cancelled). */
	record Record() implements Transition {
	}

	/** No row: the move is illegal from this status. */
	record Refuse() implements Transition {
	}

}
