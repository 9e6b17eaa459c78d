package dev.foodmesh.order.domain;

import java.util.List;

/** The outcome of a command on an order. Callers switch over it exhaustively. */
public sealed interface OrderResult {

	/**
	 * The command applied. When the step had already been taken {@code next} is the same
	 * order and {@code events} is empty.
	 */
	record Changed(Order next, List<OrderEvent> events) implements OrderResult {

		public Changed {
			events = List.copyOf(events);
		}

	}

	/** The command is illegal for the order's status; nothing changed. */
	record Rejected(OrderRejection rejection) implements OrderResult {
	}

}
