package dev.foodmesh.order.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a User. */
public record UserId(UUID value) {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
