package dev.foodmesh.order.application;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderRejection;

/** How a command on a stored order ended. */
public sealed interface AdvanceResult {

	/**
	 * The command applied (or had already been applied); {@code order} is the order now.
	 */
	record Applied(Order order) implements AdvanceResult {
	}

	/** The state machine refused the command; nothing changed. */
	record Refused(OrderRejection rejection) implements AdvanceResult {
	}

	/** There is no such order. */
	record Unknown(OrderId orderId) implements AdvanceResult {
	}

}
