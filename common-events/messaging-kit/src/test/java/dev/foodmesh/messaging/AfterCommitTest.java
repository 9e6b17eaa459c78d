package dev.foodmesh.messaging;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.AbstractReactiveTransactionManager;
import org.springframework.transaction.reactive.GenericReactiveTransaction;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

class AfterCommitTest {

	private final AtomicInteger counted = new AtomicInteger();

	private final TransactionalOperator transactional = TransactionalOperator.create(new InMemoryTransactions());

	@Test
	void shouldRunTheActionOnlyOnceTheTransactionHasCommitted() {
		Mono<Integer> countedInside = AfterCommit.run(this.counted::incrementAndGet)
			.then(Mono.fromCallable(this.counted::get));

		StepVerifier.create(this.transactional.transactional(countedInside)).expectNext(0).verifyComplete();

		assertThat(this.counted).hasValue(1);
	}

	@Test
	void shouldNeverRunTheActionWhenTheTransactionRollsBack() {
		Mono<Void> failing = AfterCommit.run(this.counted::incrementAndGet)
			.then(Mono.error(new IllegalStateException("rolled back")));

		StepVerifier.create(this.transactional.transactional(failing)).verifyError(IllegalStateException.class);

		assertThat(this.counted).hasValue(0);
	}

	@Test
	void shouldRunTheActionAtOnceOutsideATransaction() {
		StepVerifier.create(AfterCommit.run(this.counted::incrementAndGet)).verifyComplete();

		assertThat(this.counted).hasValue(1);
	}

	/**
	 * Spring's transaction lifecycle (synchronisations, commit, rollback) with nothing
	 * behind it.
	 */
	private static final class InMemoryTransactions extends AbstractReactiveTransactionManager {

		@Override
		protected Object doGetTransaction(TransactionSynchronizationManager synchronizationManager) {
			return new Object();
		}

		@Override
		protected Mono<Void> doBegin(TransactionSynchronizationManager synchronizationManager, Object transaction,
				TransactionDefinition definition) {
			return Mono.empty();
		}

		@Override
		protected Mono<Void> doCommit(TransactionSynchronizationManager synchronizationManager,
				GenericReactiveTransaction status) {
			return Mono.empty();
		}

		@Override
		protected Mono<Void> doRollback(TransactionSynchronizationManager synchronizationManager,
				GenericReactiveTransaction status) {
			return Mono.empty();
		}

	}

}
