package dev.foodmesh.order.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Restaurant. */
public record RestaurantId(UUID value) {

	public RestaurantId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
