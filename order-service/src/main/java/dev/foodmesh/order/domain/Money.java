package dev.foodmesh.order.domain;

import java.util.Objects;

/**
 * An amount in minor units of an ISO-4217 currency. Never a float.
 *
 * @param amount minor units, e.g. 1250 for 12.50
 * @param currency ISO-4217 code, e.g. {@code EUR}
 */
public record Money(long amount, String currency) {

	public Money {
		Objects.requireNonNull(currency, "currency");
		if (amount < 0) {
			throw new IllegalArgumentException("Money cannot be negative: " + amount);
		}
	}

	public static Money zero(String currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(this.amount, other.amount), this.currency);
	}

	public Money times(int factor) {
		return new Money(Math.multiplyExact(this.amount, factor), this.currency);
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + this.currency);
		}
	}

}
