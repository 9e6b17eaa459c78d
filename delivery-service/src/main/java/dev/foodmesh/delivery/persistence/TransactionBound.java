package dev.foodmesh.delivery.persistence;

import java.util.Optional;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

/**
 * State that lives as long as the current transaction: bound to it as a resource under a
 * key, registered as its synchronization (so it can write before the commit), and unbound
 * when the transaction ends. Outside a transaction there is none.
 */
final class TransactionBound {

	private TransactionBound() {
	}

	/** The transaction's state under {@code key}, created and bound on first use. */
	static <T extends TransactionSynchronization> Mono<T> of(Object key, Class<T> type,
			Function<TransactionSynchronizationManager, T> create) {
		return synchronizing().map(transaction -> {
			T state = type.cast(transaction.getResource(key));
			if (state == null) {
				state = create.apply(transaction);
				transaction.bindResource(key, state);
				transaction.registerSynchronization(state);
			}
			return state;
		});
	}

	/** The transaction's state under {@code key}, if it has any. */
	static <T> Mono<Optional<T>> find(Object key, Class<T> type) {
		return synchronizing().map(transaction -> Optional.ofNullable(type.cast(transaction.getResource(key))))
			.defaultIfEmpty(Optional.empty());
	}

	/** For a state's {@code afterCompletion}. */
	static Mono<Void> unbind(TransactionSynchronizationManager transaction, Object key) {
		return Mono.fromRunnable(() -> transaction.unbindResourceIfPossible(key));
	}

	private static Mono<TransactionSynchronizationManager> synchronizing() {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isSynchronizationActive)
			.onErrorComplete(NoTransactionException.class);
	}

}
