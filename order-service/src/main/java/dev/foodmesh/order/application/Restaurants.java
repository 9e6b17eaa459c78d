package dev.foodmesh.order.application;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.RestaurantId;
import dev.foodmesh.order.domain.RestaurantQuote;

/**
 * restaurant-service, asked synchronously to price an order's items. Signals
 * {@link DependencyUnavailableException} when it cannot answer in time.
 */
public interface Restaurants {

	/** The priced lines, or why the restaurant refuses (unknown, closed, a bad item). */
	Mono<RestaurantQuote> quote(RestaurantId restaurant, List<Item> items);

	/** One item as the customer asked for it. */
	record Item(MenuItemId menuItemId, int quantity) {
	}

}
