package dev.foodmesh.restaurant.application;

import java.util.Collection;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Menu;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * What a quote reads: a restaurant together with the ordered items on its menu, in one
 * read, because a quote sits on every order's placement path.
 */
public interface RestaurantMenus {

	/**
	 * The restaurant and those of {@code itemIds} that are on its menu (unknown ids, and
	 * another restaurant's items, are simply absent); empty when there is no such
	 * restaurant.
	 */
	Mono<RestaurantMenu> find(RestaurantId restaurantId, Collection<MenuItemId> itemIds);

	/** A restaurant with the part of its menu a quote asked for. */
	record RestaurantMenu(Restaurant restaurant, Menu menu) {
	}

}
