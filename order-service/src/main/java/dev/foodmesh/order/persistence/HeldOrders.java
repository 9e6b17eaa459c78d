package dev.foodmesh.order.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.messaging.TransactionHeld;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;

/**
 * The orders one transaction locked and holds ({@code Orders.holdForUpdate}): as loaded,
 * and as changed since; the changes are written with one statement before the commit.
 */
final class HeldOrders extends TransactionHeld {

	private final OrderUpdates updates;

	private final Map<OrderId, OrderUpdates.Update> held = new LinkedHashMap<>();

	private HeldOrders(TransactionSynchronizationManager transaction, OrderUpdates updates) {
		super(transaction, updates);
		this.updates = updates;
	}

	/**
	 * The held orders of the current transaction, registered with it on first use; empty
	 * outside a transaction.
	 */
	static Mono<HeldOrders> begin(OrderUpdates updates) {
		return TransactionHeld.of(updates, HeldOrders.class, (transaction) -> new HeldOrders(transaction, updates));
	}

	/** The held orders of the current transaction, if it holds any. */
	static Mono<Optional<HeldOrders>> find(OrderUpdates updates) {
		return TransactionHeld.find(updates, HeldOrders.class);
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

}
