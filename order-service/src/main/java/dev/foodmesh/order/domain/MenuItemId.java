package dev.foodmesh.order.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a MenuItem. */
public record MenuItemId(UUID value) {

	public MenuItemId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
