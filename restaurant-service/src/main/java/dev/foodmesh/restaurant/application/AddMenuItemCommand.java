package dev.foodmesh.restaurant.application;

import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.RestaurantId;

public record AddMenuItemCommand(RestaurantId restaurantId, String name, String description, Money price,
		boolean available) {

}
