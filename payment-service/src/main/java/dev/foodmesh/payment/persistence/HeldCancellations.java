package dev.foodmesh.payment.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.messaging.TransactionHeld;
import dev.foodmesh.payment.domain.OrderId;

/**
 * The orders whose cancellation one transaction read ({@code CancelledOrders.hold}), and
 * which of them are cancelled, kept up to date as the transaction adds cancellations.
 */
final class HeldCancellations extends TransactionHeld {

	private final Set<OrderId> orders = new HashSet<>();

	private final Set<OrderId> cancelled = new HashSet<>();

	HeldCancellations(TransactionSynchronizationManager transaction, Object owner) {
		super(transaction, owner);
	}

	void hold(Collection<OrderId> orderIds, Collection<OrderId> cancelledOnes) {
		this.orders.addAll(orderIds);
		this.cancelled.addAll(cancelledOnes);
	}

	boolean holds(OrderId orderId) {
		return this.orders.contains(orderId);
	}

	boolean contains(OrderId orderId) {
		return this.cancelled.contains(orderId);
	}

	void add(OrderId orderId) {
		this.cancelled.add(orderId);
	}

}
