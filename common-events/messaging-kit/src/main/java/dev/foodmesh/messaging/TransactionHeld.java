package dev.foodmesh.messaging;

import java.util.Optional;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

/**
 * What an adapter holds for one R2DBC transaction: rows it read once for a batch
 * ({@link EventHandler#prepare}), rows it will write with one statement just before the
 * commit ({@link #beforeCommit}, which Spring runs inside the transaction, on its
 * connection, so a failing write fails the commit). Bound to the transaction under the
 * adapter as key and dropped when the transaction ends, so it never outlives a rollback.
 * A transaction's work runs as one sequential reactive chain, so what is held is never
 * used concurrently. The outbox holds its rows this way too.
 */
public abstract class TransactionHeld implements TransactionSynchronization {

	private final TransactionSynchronizationManager transaction;

	private final Object owner;

	protected TransactionHeld(TransactionSynchronizationManager transaction, Object owner) {
		this.transaction = transaction;
		this.owner = owner;
	}

	/**
	 * What {@code owner} holds in the current transaction, created and registered with it
	 * on first use; empty outside a transaction.
	 */
	public static <H extends TransactionHeld> Mono<H> of(Object owner, Class<H> type,
			Function<TransactionSynchronizationManager, H> create) {
		return current().map((transaction) -> {
			H held = type.cast(transaction.getResource(owner));
			if (held == null) {
				held = create.apply(transaction);
				transaction.bindResource(owner, held);
				transaction.registerSynchronization(held);
			}
			return held;
		});
	}

	/** What {@code owner} holds in the current transaction, if anything. */
	public static <H extends TransactionHeld> Mono<Optional<H>> find(Object owner, Class<H> type) {
		return current().map((transaction) -> Optional.ofNullable(type.cast(transaction.getResource(owner))))
			.defaultIfEmpty(Optional.empty());
	}

	private static Mono<TransactionSynchronizationManager> current() {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isSynchronizationActive)
			.onErrorComplete(NoTransactionException.class);
	}

	@Override
	public Mono<Void> afterCompletion(int status) {
		return Mono.fromRunnable(() -> this.transaction.unbindResourceIfPossible(this.owner));
	}

}
