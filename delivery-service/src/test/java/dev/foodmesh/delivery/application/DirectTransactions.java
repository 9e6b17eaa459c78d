package dev.foodmesh.delivery.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** No transactions: the in-memory ports apply each change at once. */
class DirectTransactions implements Transactions {

	@Override
	public <T> Mono<T> required(Mono<T> work) {
		return work;
	}

	@Override
	public <T> Flux<T> required(Flux<T> work) {
		return work;
	}

}
