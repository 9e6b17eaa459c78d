package dev.foodmesh.restaurant.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Restaurant;

/**
 * Admin: renames a restaurant, or opens/closes it for orders. Empty for an unknown
 * restaurant.
 */
public final class ChangeRestaurant {

	private final Restaurants restaurants;

	public ChangeRestaurant(Restaurants restaurants) {
		this.restaurants = restaurants;
	}

	public Mono<Restaurant> change(ChangeRestaurantCommand command) {
		return restaurants.change(command.id(), command.name(), command.open());
	}

}
