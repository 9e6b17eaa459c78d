package dev.foodmesh.restaurant.api;

import java.util.UUID;

import dev.foodmesh.restaurant.domain.Restaurant;

/**
 * {@code {id, name, city, open, currency}}: what order-service reads before placing an
 * order.
 */
record RestaurantView(UUID id, String name, String city, boolean open, String currency) {

	static RestaurantView of(Restaurant restaurant) {
		return new RestaurantView(restaurant.id().value(), restaurant.name(), restaurant.city(), restaurant.open(),
				restaurant.currency());
	}

}
