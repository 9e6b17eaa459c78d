package dev.foodmesh.restaurant.domain;

import java.util.List;

/**
 * Priced lines in the order they were asked for, and their sum, all in the restaurant's
 * currency.
 */
public record Quote(RestaurantId restaurantId, String restaurantCity, List<QuoteLine> lines, Money total) {

	public Quote {
		lines = List.copyOf(lines);
	}

	public record QuoteLine(MenuItemId menuItemId, String name, int quantity, Money unitPrice, Money lineTotal) {
	}

}
