package dev.foodmesh.restaurant.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * The read side: restaurants, their menus and single menu items. Unknown ids give an
 * empty Mono.
 */
public final class RestaurantQueries {

	private final Restaurants restaurants;

	private final MenuItems menuItems;

	public RestaurantQueries(Restaurants restaurants, MenuItems menuItems) {
		this.restaurants = restaurants;
		this.menuItems = menuItems;
	}

	public Mono<Restaurant> restaurant(RestaurantId id) {
		return restaurants.find(id);
	}

	public Mono<ResultPage<Restaurant>> restaurants(@Nullable String city, int page, int size) {
		return restaurants.list(city, page, size);
	}

	/**
	 * Empty for an unknown restaurant; an empty list for a restaurant without a menu yet.
	 */
	public Mono<List<MenuItem>> menu(RestaurantId id) {
		return restaurants.find(id).flatMap(restaurant -> menuItems.onMenuOf(id).collectList());
	}

	public Mono<MenuItem> menuItem(RestaurantId restaurantId, MenuItemId id) {
		return menuItems.find(restaurantId, id);
	}

}
