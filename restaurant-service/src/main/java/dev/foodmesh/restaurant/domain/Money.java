package dev.foodmesh.restaurant.domain;

import java.util.Currency;

/**
 * An amount in the minor units of an ISO-4217 currency (950 EUR = 9.50 €). Never negative
 * here: menus hold prices, quotes hold sums of them. Arithmetic fails loudly on overflow
 * rather than wrapping.
 */
public record Money(long amount, String currency) {

	public Money {
		if (amount < 0) {
			throw new IllegalArgumentException("amount must not be negative: " + amount);
		}
		Currency.getInstance(currency); // rejects anything that is not an ISO-4217 code
	}

	public static Money zero(String currency) {
		return new Money(0, currency);
	}

	public Money times(int quantity) {
		return new Money(Math.multiplyExact(amount, quantity), currency);
	}

	public Money plus(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
		}
		return new Money(Math.addExact(amount, other.amount), currency);
	}

}
