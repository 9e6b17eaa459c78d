package dev.foodmesh.messaging;

import reactor.core.publisher.Mono;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

/**
 * Work that must follow a commit and never a rollback: counting a metric, handing a
 * committed row to a worker. A transaction that rolls back (and is retried, as the kit's
 * consumer retries a batch) then leaves no trace in a counter, and one that commits
 * counts once.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Subscribes {@code action} once the current R2DBC transaction has committed, never
	 * if it rolls back; with no transaction (or one that does not synchronise) the
	 * changes are committed already, so at once. The action must not block: the commit
	 * waits for it.
	 */
	public static Mono<Void> run(Mono<Void> action) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isSynchronizationActive)
			.map((transaction) -> {
				transaction.registerSynchronization(new Deferred(action));
				return true;
			})
			.onErrorResume(NoTransactionException.class, (none) -> Mono.just(false))
			.defaultIfEmpty(false)
			.flatMap((deferred) -> deferred ? Mono.empty() : action);
	}

	/** As {@link #run(Mono)}, for an in-memory action such as incrementing a counter. */
	public static Mono<Void> run(Runnable action) {
		return run(Mono.fromRunnable(action));
	}

	private record Deferred(Mono<Void> action) implements TransactionSynchronization {

		@Override
		public Mono<Void> afterCommit() {
			return this.action;
		}

	}

}
