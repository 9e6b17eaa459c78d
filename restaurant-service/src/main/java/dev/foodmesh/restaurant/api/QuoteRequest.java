package dev.foodmesh.restaurant.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.OrderedItem;
import dev.foodmesh.restaurant.domain.OrderedItems;
import dev.foodmesh.web.validation.DistinctMenuItems;
import dev.foodmesh.web.validation.MenuItemLine;

/**
 * Body of {@code POST /restaurants/{id}/quote}: the contract order-service calls
 * (docs/conventions.md).
 */
record QuoteRequest(
		@NotNull @Size(min = 1, max = OrderedItems.MAX_ITEMS) @DistinctMenuItems List<@NotNull @Valid Item> items) {

	record Item(@NotNull UUID menuItemId,
			@NotNull @Min(1) @Max(OrderedItem.MAX_QUANTITY) Integer quantity) implements MenuItemLine {
	}

	/** Only called after validation, so the domain's own checks cannot fail here. */
	OrderedItems toDomain() {
		return new OrderedItems(items.stream()
			.map(item -> new OrderedItem(new MenuItemId(item.menuItemId()), item.quantity()))
			.toList());
	}

}
