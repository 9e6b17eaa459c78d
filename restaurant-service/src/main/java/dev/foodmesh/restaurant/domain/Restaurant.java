package dev.foodmesh.restaurant.domain;

import java.util.Currency;
import java.util.Optional;

/**
 * A restaurant: it takes orders only while open, and prices its whole menu in one
 * currency.
 */
public record Restaurant(RestaurantId id, String name, String city, boolean open, String currency) {

	public Restaurant {
		Currency.getInstance(currency); // rejects anything that is not an ISO-4217 code
	}

	/**
	 * A menu price must be in the restaurant's currency, so that a quote can add its
	 * lines up.
	 */
	public Optional<MenuItemRejection> checkPrice(Money price) {
		if (price.currency().equals(currency)) {
			return Optional.empty();
		}
		return Optional.of(new MenuItemRejection.CurrencyMismatch(currency, price.currency()));
	}

}
