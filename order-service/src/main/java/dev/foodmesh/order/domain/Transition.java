package dev.foodmesh.order.domain;

/** What one row of {@link OrderTransitions} does with an order. */
public sealed interface Transition {

	/** The order moves to {@code target}. */
	record Move(OrderStatus target) implements Transition {
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
