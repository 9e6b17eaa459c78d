package dev.foodmesh.order.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;

/**
 * The orders one transaction locked and holds ({@code Orders.holdForUpdate}): as loaded,
 * and as changed since. Spring runs {@link #beforeCommit} inside the transaction, on its
 * connection, so the changes are written with one statement and still commit with
 * everything else or not at all; a rolled-back transaction's changes are dropped with it.
 */
final class HeldOrders implements TransactionSynchronization {

	private final TransactionSynchronizationManager transaction;

	private final OrderUpdates updates;

	private final Map<OrderId, OrderUpdates.Update> held = new LinkedHashMap<>();

	private HeldOrders(TransactionSynchronizationManager transaction, OrderUpdates updates) {
		this.transaction = transaction;
		this.updates = updates;
	}

	/** The held orders of the current transaction, registered with it on first use. */
	static HeldOrders of(TransactionSynchronizationManager transaction, OrderUpdates updates) {
		HeldOrders held = (HeldOrders) transaction.getResource(updates);
		if (held == null) {
			held = new HeldOrders(transaction, updates);
			transaction.bindResource(updates, held);
			transaction.registerSynchronization(held);
		}
		return held;
	}

	/** The held orders of the current transaction, if it holds any. */
	static Optional<HeldOrders> find(TransactionSynchronizationManager transaction, OrderUpdates updates) {
		return Optional.ofNullable((HeldOrders) transaction.getResource(updates));
	}

	// a transaction's work runs as one sequential reactive chain, so nothing here races
	void hold(Order loaded) {
		this.held.putIfAbsent(loaded.id(), new OrderUpdates.Update(loaded, loaded));
	}

	/** The held order as changed so far in this transaction, if it is held. */
	Optional<Order> current(OrderId id) {
		return Optional.ofNullable(this.held.get(id)).map(OrderUpdates.Update::next);
	}

	/** Records a change of a held order; false if the order is not held here. */
	boolean change(Order next) {
		OrderUpdates.Update update = this.held.get(next.id());
		if (update == null) {
			return false;
		}
		this.held.put(next.id(), new OrderUpdates.Update(update.previous(), next));
		return true;
	}

	@Override
	public Mono<Void> beforeCommit(boolean readOnly) {
		return Mono.defer(() -> {
			List<OrderUpdates.Update> changed = this.held.values()
				.stream()
				.filter((update) -> !update.next().equals(update.previous()))
				.toList();
			this.held.clear();
			return this.updates.write(changed);
		});
	}

	@Override
	public Mono<Void> afterCompletion(int status) {
		return Mono.fromRunnable(() -> this.transaction.unbindResourceIfPossible(this.updates));
	}

}
