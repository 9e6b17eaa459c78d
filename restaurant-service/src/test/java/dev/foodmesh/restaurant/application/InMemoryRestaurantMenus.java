package dev.foodmesh.restaurant.application;

import java.util.Collection;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Menu;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * A {@link RestaurantMenus} port over the in-memory restaurants and menu items, for
 * use-case tests without a database.
 */
final class InMemoryRestaurantMenus implements RestaurantMenus {

	private final InMemoryRestaurants restaurants;

	private final InMemoryMenuItems menuItems;

	InMemoryRestaurantMenus(InMemoryRestaurants restaurants, InMemoryMenuItems menuItems) {
		this.restaurants = restaurants;
		this.menuItems = menuItems;
	}

	@Override
	public Mono<RestaurantMenu> find(RestaurantId restaurantId, Collection<MenuItemId> itemIds) {
		return restaurants.find(restaurantId)
			.zipWith(menuItems.onMenuOf(restaurantId).filter(item -> itemIds.contains(item.id())).collectList(),
					(restaurant, items) -> new RestaurantMenu(restaurant, Menu.of(items)));
	}

}
