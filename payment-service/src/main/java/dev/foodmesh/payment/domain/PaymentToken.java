package dev.foodmesh.payment.domain;

import java.util.Objects;

/**
 * The opaque card token the customer gave at checkout; only the PSP can tell what it
 * stands for.
 */
public record PaymentToken(String value) {

	public PaymentToken {
		Objects.requireNonNull(value, "payment token");
		if (value.isBlank()) {
			throw new IllegalArgumentException("payment token must not be blank");
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
