package dev.foodmesh.restaurant.application;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** A partial change: {@code null} leaves a field as it is. */
public record ChangeMenuItemCommand(RestaurantId restaurantId, MenuItemId menuItemId, @Nullable Money price,
		@Nullable Boolean available) {

}
