package dev.foodmesh.restaurant.persistence;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

@Table("restaurants")
record RestaurantRow(@Id UUID id, String name, String city, boolean open, String currency) {

	static RestaurantRow of(Restaurant restaurant) {
		return new RestaurantRow(restaurant.id().value(), restaurant.name(), restaurant.city(), restaurant.open(),
				restaurant.currency());
	}

	Restaurant toDomain() {
		return new Restaurant(new RestaurantId(id), name, city, open, currency);
	}

}
