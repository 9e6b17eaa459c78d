package dev.foodmesh.restaurant.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import dev.foodmesh.restaurant.domain.Money;

/**
 * {@code {amount, currency}}: an integer amount in minor units (950 = 9.50) and an
 * ISO-4217 code.
 */
record MoneyJson(@NotNull @PositiveOrZero @Max(MAX_PRICE) Long amount, @NotNull @IsoCurrency String currency) {

	/**
	 * 100,000.00 in a two-decimal currency: far above any dish, far below any overflow.
	 */
	static final long MAX_PRICE = 10_000_000;

	static MoneyJson of(Money money) {
		return new MoneyJson(money.amount(), money.currency());
	}

	Money toDomain() {
		return new Money(amount, currency);
	}

}
