package dev.foodmesh.order.domain;

import org.jspecify.annotations.Nullable;

/**
 * Why an order cannot be placed.
 *
 * @param menuItemId the offending menu item, for the item causes
 */
public record PlacementRejection(Cause cause, @Nullable MenuItemId menuItemId) {

	/** The causes, each with the problem slug clients see. */
	public enum Cause {

		UNKNOWN_USER("unknown-user", "the user does not exist"),
		USER_SUSPENDED("user-suspended", "the user is suspended"),
		UNKNOWN_RESTAURANT("unknown-restaurant", "the restaurant does not exist"),
		RESTAURANT_CLOSED("restaurant-closed", "the restaurant is closed"),
		UNKNOWN_MENU_ITEM("unknown-menu-item", "a menu item does not exist at this restaurant"),
		MENU_ITEM_UNAVAILABLE("menu-item-unavailable", "a menu item is not available");

		private final String slug;

		private final String description;

		Cause(String slug, String description) {
			this.slug = slug;
			this.description = description;
		}

		public String slug() {
			return this.slug;
		}

		public String description() {
			return this.description;
		}

	}

	public static PlacementRejection of(Cause cause) {
		return new PlacementRejection(cause, null);
	}

	/** A sentence naming the cause (and the item), for the problem's detail. */
	public String describe() {
		return (this.menuItemId != null) ? this.cause.description() + ": " + this.menuItemId : this.cause.description();
	}

}
