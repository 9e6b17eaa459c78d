package dev.foodmesh.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies the order a payment belongs to; an order has at most one payment. */
public record OrderId(UUID value) {

	public OrderId {
		Objects.requireNonNull(value, "order id");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
