package dev.foodmesh.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies one payment. */
public record PaymentId(UUID value) {

	public PaymentId {
		Objects.requireNonNull(value, "payment id");
	}

	public static PaymentId random() {
		return new PaymentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
