package dev.foodmesh.delivery.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.messaging.TransactionHeld;

/**
 * The kept traces of the deliveries one transaction locked, read with them: they cannot
 * change while the transaction holds the rows. A transaction's work runs as one
 * sequential reactive chain, so nothing here races.
 */
final class LockedTraces extends TransactionHeld {

	private final Map<OrderId, Optional<OrderTrace>> traces = new HashMap<>();

	LockedTraces(TransactionSynchronizationManager transaction, Object key) {
		super(transaction, key);
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

}
