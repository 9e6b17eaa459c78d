package dev.foodmesh.order.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Payment. */
public record PaymentId(UUID value) {

	public PaymentId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
