package dev.foodmesh.order.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The restaurant's answer to "what do these items cost?". */
public sealed interface RestaurantQuote {

	/** Every item exists and is available; the lines are priced. */
	record Priced(String restaurantCity, List<OrderLine> lines, Money total) implements RestaurantQuote {

		public Priced {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * The restaurant cannot take the order; {@code menuItemId} names the bad item when
	 * the cause is an item.
	 */
	record Refused(PlacementRejection.Cause cause, @Nullable MenuItemId menuItemId) implements RestaurantQuote {
	}

}
