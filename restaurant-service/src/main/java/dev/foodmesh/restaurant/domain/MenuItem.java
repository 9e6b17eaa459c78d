package dev.foodmesh.restaurant.domain;

/**
 * A dish on one restaurant's menu; an unavailable item stays listed but cannot be
 * ordered.
 */
public record MenuItem(MenuItemId id, RestaurantId restaurantId, String name, String description, Money price,
		boolean available) {

}
