package dev.foodmesh.payment.persistence;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import dev.foodmesh.messaging.AfterCommit;
import dev.foodmesh.payment.application.Transactions;

/**
 * {@link Transactions} on the R2DBC transaction manager; propagation REQUIRED joins the
 * messaging kit's one.
 */
@Component
class R2dbcTransactions implements Transactions {

	private final TransactionalOperator required;

	private final TransactionalOperator requiresNew;

	R2dbcTransactions(ReactiveTransactionManager transactionManager) {
		this.required = TransactionalOperator.create(transactionManager);
		this.requiresNew = TransactionalOperator.create(transactionManager,
				new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
	}

	@Override
	public <T> Mono<T> required(Mono<T> work) {
		return required.transactional(work);
	}

	@Override
	public <T> Mono<T> requiresNew(Mono<T> work) {
		return requiresNew.transactional(work);
	}

	@Override
	public Mono<Void> afterCommit(Mono<Void> action) {
		return AfterCommit.run(action);
	}

}
