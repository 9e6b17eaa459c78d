package dev.foodmesh.order.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order; also the Kafka key of every event about it. */
public record OrderId(UUID value) {

	public OrderId {
		Objects.requireNonNull(value, "value");
	}

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
