package dev.foodmesh.restaurant.domain;

/**
 * One line of what a customer wants to order: a menu item and how many, 1 to
 * {@value #MAX_QUANTITY}.
 */
public record OrderedItem(MenuItemId menuItemId, int quantity) {

	public static final int MAX_QUANTITY = 50;

	public OrderedItem {
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			throw new IllegalArgumentException("quantity must be 1.." + MAX_QUANTITY + ": " + quantity);
		}
	}

}
