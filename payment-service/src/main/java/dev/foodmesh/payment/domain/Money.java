package dev.foodmesh.payment.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in minor units of an ISO-4217 currency, never a float.
 *
 * @param amount minor units, e.g. 1250 for 12.50; never negative
 * @param currency three upper-case letters, e.g. {@code EUR}
 */
public record Money(long amount, String currency) {

	private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

	public Money {
		Objects.requireNonNull(currency, "currency");
		if (amount < 0) {
			throw new IllegalArgumentException("amount must not be negative: " + amount);
		}
		if (!ISO_4217.matcher(currency).matches()) {
			throw new IllegalArgumentException("currency must be an ISO-4217 code: " + currency);
		}
	}

}
