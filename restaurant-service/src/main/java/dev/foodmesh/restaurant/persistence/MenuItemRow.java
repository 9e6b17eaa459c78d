package dev.foodmesh.restaurant.persistence;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.RestaurantId;

@Table("menu_items")
record MenuItemRow(@Id UUID id, UUID restaurantId, String name, String description, long priceAmount,
		String priceCurrency, boolean available) {

	static MenuItemRow of(MenuItem item) {
		return new MenuItemRow(item.id().value(), item.restaurantId().value(), item.name(), item.description(),
				item.price().amount(), item.price().currency(), item.available());
	}

	MenuItem toDomain() {
		return new MenuItem(new MenuItemId(id), new RestaurantId(restaurantId), name, description,
				new Money(priceAmount, priceCurrency), available);
	}

}
