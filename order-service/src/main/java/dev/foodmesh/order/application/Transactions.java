package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

/**
 * The transaction boundary: everything {@code work} writes commits together, or nothing
 * does.
 */
public interface Transactions {

	/** Runs {@code work} in a transaction, joining the current one if there is one. */
	<T> Mono<T> required(Mono<T> work);

}
