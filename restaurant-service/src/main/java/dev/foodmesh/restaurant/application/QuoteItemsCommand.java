package dev.foodmesh.restaurant.application;

import dev.foodmesh.restaurant.domain.OrderedItems;
import dev.foodmesh.restaurant.domain.RestaurantId;

public record QuoteItemsCommand(RestaurantId restaurantId, OrderedItems items) {

}
