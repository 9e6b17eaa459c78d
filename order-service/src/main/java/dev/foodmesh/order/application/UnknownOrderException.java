package dev.foodmesh.order.application;

import dev.foodmesh.order.domain.OrderId;

/** There is no order with this id. */
public class UnknownOrderException extends RuntimeException {

	public UnknownOrderException(OrderId id) {
		super("order " + id + " does not exist");
	}

}
