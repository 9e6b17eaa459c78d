package dev.foodmesh.restaurant.api;

import java.util.List;
import java.util.UUID;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** A whole menu, unavailable items included (flagged), ordered by name. */
record MenuView(UUID restaurantId, List<MenuItemView> items) {

	static MenuView of(RestaurantId restaurantId, List<MenuItem> items) {
		return new MenuView(restaurantId.value(), items.stream().map(MenuItemView::of).toList());
	}

}
