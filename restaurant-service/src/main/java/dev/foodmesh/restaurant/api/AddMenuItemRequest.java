package dev.foodmesh.restaurant.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.restaurant.application.AddMenuItemCommand;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * Body of {@code POST /restaurants/{id}/menu}; {@code description} defaults to empty,
 * {@code available} to true.
 */
record AddMenuItemRequest(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 500) String description,
		@NotNull @Valid MoneyJson price, @Nullable Boolean available) {

	AddMenuItemCommand toCommand(RestaurantId restaurantId) {
		return new AddMenuItemCommand(restaurantId, name.strip(), description == null ? "" : description.strip(),
				price.toDomain(), available == null || available);
	}

}
