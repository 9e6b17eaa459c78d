package dev.foodmesh.restaurant.application;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** The restaurants this service owns. */
public interface Restaurants {

	/** Empty when there is no such restaurant. */
	Mono<Restaurant> find(RestaurantId id);

	Mono<Void> add(Restaurant restaurant);

	/**
	 * Sets the name and/or the open flag (a {@code null} keeps the current value) in one
	 * atomic step, so concurrent changes of different fields never undo each other. Empty
	 * when there is no such restaurant.
	 */
	Mono<Restaurant> change(RestaurantId id, @Nullable String name, @Nullable Boolean open);

	/**
	 * One page, ordered by name, of every restaurant or of those in {@code city}
	 * (ignoring case).
	 */
	Mono<ResultPage<Restaurant>> list(@Nullable String city, int page, int size);

}
