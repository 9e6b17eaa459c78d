package dev.foodmesh.restaurant.domain;

/** Why a menu item cannot be added or changed as asked. */
public sealed interface MenuItemRejection {

	record CurrencyMismatch(String restaurantCurrency, String priceCurrency) implements MenuItemRejection {
	}

}
