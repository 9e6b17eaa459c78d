package dev.foodmesh.restaurant.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Pricing;
import dev.foodmesh.restaurant.domain.QuoteResult;

/**
 * Prices items for order-service. Reads only: a rejected quote leaves nothing behind.
 * Empty for an unknown restaurant.
 */
public final class QuoteItems {

	private final RestaurantMenus menus;

	public QuoteItems(RestaurantMenus menus) {
		this.menus = menus;
	}

	public Mono<QuoteResult> quote(QuoteItemsCommand command) {
		return menus.find(command.restaurantId(), command.items().menuItemIds())
			.map(found -> Pricing.quote(found.restaurant(), found.menu(), command.items()));
	}

}
