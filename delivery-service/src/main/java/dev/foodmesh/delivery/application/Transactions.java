package dev.foodmesh.delivery.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The transaction boundary: runs work in the current transaction, or in a new one when
 * there is none.
 */
public interface Transactions {

	<T> Mono<T> required(Mono<T> work);

	<T> Flux<T> required(Flux<T> work);

}
