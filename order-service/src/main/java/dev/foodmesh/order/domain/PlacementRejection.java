package dev.foodmesh.order.domain;

import org.jspecify.annotations.Nullable;

/**
 * Why an order cannot be placed. How a client is told (problem type, wording) is the
 * API's business ({@code api/OrderProblems}).
 *
 * @param menuItemId the offending menu item, for the item causes
 */
public record PlacementRejection(Cause cause, @Nullable MenuItemId menuItemId) {

	public enum Cause {

		UNKNOWN_USER, USER_SUSPENDED, UNKNOWN_RESTAURANT, RESTAURANT_CLOSED, UNKNOWN_MENU_ITEM, MENU_ITEM_UNAVAILABLE,

		/**
		 * The restaurant refused for a reason this service does not know (a newer
		 * restaurant-service, or a refusal without its cause).
		 */
		RESTAURANT_REFUSED

	}

	public static PlacementRejection of(Cause cause) {
		return new PlacementRejection(cause, null);
	}

}
