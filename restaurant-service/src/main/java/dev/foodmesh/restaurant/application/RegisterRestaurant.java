package dev.foodmesh.restaurant.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** Admin: opens a new restaurant account, with an empty menu. */
public final class RegisterRestaurant {

	private final Restaurants restaurants;

	public RegisterRestaurant(Restaurants restaurants) {
		this.restaurants = restaurants;
	}

	public Mono<Restaurant> register(RegisterRestaurantCommand command) {
		return Mono
			.fromSupplier(() -> new Restaurant(RestaurantId.newId(), command.name(), command.city(), command.open(),
					command.currency()))
			.flatMap(restaurant -> restaurants.add(restaurant).thenReturn(restaurant));
	}

}
