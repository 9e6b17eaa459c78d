package dev.foodmesh.restaurant.application;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * Menu items, always addressed through their restaurant: another restaurant's item is
 * never found.
 */
public interface MenuItems {

	/** The whole menu, ordered by name. */
	Flux<MenuItem> onMenuOf(RestaurantId restaurantId);

	Mono<MenuItem> find(RestaurantId restaurantId, MenuItemId id);

	Mono<Void> add(MenuItem item);

	/**
	 * Sets the price amount and/or availability atomically ({@code null} keeps it); empty
	 * when not found.
	 */
	Mono<MenuItem> change(RestaurantId restaurantId, MenuItemId id, @Nullable Long priceAmount,
			@Nullable Boolean available);

}
