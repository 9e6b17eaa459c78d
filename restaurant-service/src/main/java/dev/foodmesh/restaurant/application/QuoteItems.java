package dev.foodmesh.restaurant.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Menu;
import dev.foodmesh.restaurant.domain.Pricing;
import dev.foodmesh.restaurant.domain.QuoteResult;

/**
 * Prices items for order-service. Reads only: a rejected quote leaves nothing behind.
 * Empty for an unknown restaurant.
 */
public final class QuoteItems {

	private final Restaurants restaurants;

	private final MenuItems menuItems;

	public QuoteItems(Restaurants restaurants, MenuItems menuItems) {
		this.restaurants = restaurants;
		this.menuItems = menuItems;
	}

	public Mono<QuoteResult> quote(QuoteItemsCommand command) {
		// both reads at once: this sits on the order-placement path
		Mono<Menu> menu = menuItems.find(command.restaurantId(), command.items().menuItemIds())
			.collectList()
			.map(Menu::of);
		return Mono.zip(restaurants.find(command.restaurantId()), menu,
				(restaurant, items) -> Pricing.quote(restaurant, items, command.items()));
	}

}
