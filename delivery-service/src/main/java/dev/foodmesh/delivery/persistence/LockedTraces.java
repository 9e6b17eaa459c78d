package dev.foodmesh.delivery.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * The kept traces of the deliveries one transaction locked, read with them: they cannot
 * change while the transaction holds the rows. A transaction's work runs as one
 * sequential reactive chain, so nothing here races.
 */
final class LockedTraces implements TransactionSynchronization {

	private final TransactionSynchronizationManager transaction;

	private final Object key;

	private final Map<OrderId, Optional<OrderTrace>> traces = new HashMap<>();

	LockedTraces(TransactionSynchronizationManager transaction, Object key) {
		this.transaction = transaction;
		this.key = key;
	}

	void remember(Map<OrderId, Optional<OrderTrace>> locked) {
		traces.putAll(locked);
	}

	/**
	 * The trace kept with the order's delivery; empty if this transaction did not lock
	 * it.
	 */
	Optional<Optional<OrderTrace>> of(OrderId orderId) {
		return Optional.ofNullable(traces.get(orderId));
	}

	@Override
	public Mono<Void> afterCompletion(int status) {
		return TransactionBound.unbind(transaction, key);
	}

}
