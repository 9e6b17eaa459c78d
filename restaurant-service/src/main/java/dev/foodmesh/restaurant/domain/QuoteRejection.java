package dev.foodmesh.restaurant.domain;

/**
 * Why a restaurant cannot price an order: each names its cause, for a 422 that
 * order-service passes on.
 */
public sealed interface QuoteRejection {

	record RestaurantClosed(RestaurantId restaurantId) implements QuoteRejection {
	}

	/** Not on this restaurant's menu (unknown, or another restaurant's item). */
	record UnknownMenuItem(MenuItemId menuItemId) implements QuoteRejection {
	}

	record MenuItemUnavailable(MenuItemId menuItemId) implements QuoteRejection {
	}

}
