package dev.foodmesh.restaurant.api;

import java.util.UUID;

import dev.foodmesh.restaurant.domain.MenuItem;

record MenuItemView(UUID id, String name, String description, MoneyJson price, boolean available) {

	static MenuItemView of(MenuItem item) {
		return new MenuItemView(item.id().value(), item.name(), item.description(), MoneyJson.of(item.price()),
				item.available());
	}

}
