package dev.foodmesh.delivery.persistence;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.delivery.application.Transactions;

/**
 * Transactions on the service's R2DBC connection factory. They join a transaction already
 * in the Reactor context, such as the messaging kit's around a consumed event, so its
 * dedupe row, our changes and the outbox commit together.
 */
@Component
class R2dbcTransactions implements Transactions {

	private final TransactionalOperator operator;

	R2dbcTransactions(ReactiveTransactionManager transactionManager) {
		this.operator = TransactionalOperator.create(transactionManager);
	}

	@Override
	public <T> Mono<T> required(Mono<T> work) {
		return operator.transactional(work);
	}

	@Override
	public <T> Flux<T> required(Flux<T> work) {
		return operator.transactional(work);
	}

}
