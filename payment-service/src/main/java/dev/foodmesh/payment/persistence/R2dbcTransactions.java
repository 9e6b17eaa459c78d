package dev.foodmesh.payment.persistence;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.payment.application.Transactions;

/** {@link Transactions} on the R2DBC transaction manager; propagation REQUIRED joins the messaging kit's one. */
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

}
