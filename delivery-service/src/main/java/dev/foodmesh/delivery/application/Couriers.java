package dev.foodmesh.delivery.application;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;

/**
 * The couriers, for writing. A courier is taken only through {@link #lockAvailableIn} and
 * {@link #occupy} in one transaction, so two deliveries never get the same courier.
 */
public interface Couriers {

	/** Stores a new courier. */
	Mono<Void> add(Courier courier);

	/**
	 * Available couriers of the city that no other transaction holds, longest idle first,
	 * locked until the transaction ends.
	 */
	Flux<Courier> lockAvailableIn(String city, int limit);

	/** Marks an available courier busy; fails if the courier is not available. */
	Mono<Void> occupy(CourierId id, Instant since);

	/** Marks the courier available again, idle from {@code since}. */
	Mono<Void> free(CourierId id, Instant since);

}
