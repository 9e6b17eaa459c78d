package dev.foodmesh.order.domain;

/** One line of an order, priced by the restaurant when the order was placed. */
public record OrderLine(MenuItemId menuItemId, String name, int quantity, Money unitPrice, Money lineTotal) {

	public OrderLine {
		if (quantity < 1) {
			throw new IllegalArgumentException("quantity must be positive: " + quantity);
		}
	}

}
