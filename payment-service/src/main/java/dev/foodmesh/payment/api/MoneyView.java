package dev.foodmesh.payment.api;

import dev.foodmesh.payment.domain.Money;

/** An amount in minor units of an ISO-4217 currency. */
record MoneyView(long amount, String currency) {

	static MoneyView of(Money money) {
		return new MoneyView(money.amount(), money.currency());
	}

}
