package dev.foodmesh.order.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Courier. */
public record CourierId(UUID value) {

	public CourierId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
