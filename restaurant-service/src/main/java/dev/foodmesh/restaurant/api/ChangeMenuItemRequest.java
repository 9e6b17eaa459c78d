package dev.foodmesh.restaurant.api;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.restaurant.application.ChangeMenuItemCommand;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * Body of {@code PATCH /restaurants/{id}/menu/{itemId}}: absent fields stay as they are.
 */
record ChangeMenuItemRequest(@Nullable @Valid MoneyJson price, @Nullable Boolean available) {

	ChangeMenuItemCommand toCommand(RestaurantId restaurantId, MenuItemId itemId) {
		return new ChangeMenuItemCommand(restaurantId, itemId, price == null ? null : price.toDomain(), available);
	}

}
