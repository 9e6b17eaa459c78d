package dev.foodmesh.order.application;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/** Runs the work as it is and counts the transactions begun. */
class DirectTransactions implements Transactions {

	final AtomicInteger begun = new AtomicInteger();

	@Override
	public <T> Mono<T> required(Mono<T> work) {
		return Mono.defer(() -> {
			this.begun.incrementAndGet();
			return work;
		});
	}

}
