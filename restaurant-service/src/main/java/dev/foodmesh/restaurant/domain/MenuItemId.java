package dev.foodmesh.restaurant.domain;

import java.util.Objects;
import java.util.UUID;

public record MenuItemId(UUID value) {

	public MenuItemId {
		Objects.requireNonNull(value, "value");
	}

	public static MenuItemId newId() {
		return new MenuItemId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
