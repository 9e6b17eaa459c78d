package dev.foodmesh.restaurant.application;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemRejection;

/** The outcome of adding or changing a menu item. */
public sealed interface MenuItemResult {

	record Saved(MenuItem item) implements MenuItemResult {
	}

	record Rejected(MenuItemRejection reason) implements MenuItemResult {
	}

}
