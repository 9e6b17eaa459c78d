package dev.foodmesh.order.persistence;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.order.application.Transactions;

/**
 * {@link Transactions} with Spring's reactive transaction manager: joins the transaction
 * the messaging kit opened for a consumed event, otherwise begins one.
 */
@Component
class R2dbcTransactions implements Transactions {

	private final TransactionalOperator operator;

	R2dbcTransactions(TransactionalOperator operator) {
		this.operator = operator;
	}

	@Override
	public <T> Mono<T> required(Mono<T> work) {
		return this.operator.transactional(work);
	}

}
