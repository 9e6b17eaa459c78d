package dev.foodmesh.delivery.application;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;

/** The read side of couriers. */
public interface CourierQueries {

	/** The courier, or empty when there is none with that id. */
	Mono<Courier> find(CourierId id);

	/** Couriers by city and name; only the city's when {@code city} is given. */
	Mono<Page<Courier>> find(@Nullable String city, PageRequest page);

}
