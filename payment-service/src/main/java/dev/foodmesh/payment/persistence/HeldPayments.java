package dev.foodmesh.payment.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.messaging.TransactionHeld;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;

/**
 * The orders whose payments one transaction locked and holds ({@code
 * Payments.holdForUpdate}): each one's payment as it stands in the transaction, the
 * payments added for them and the next states of those it loaded, which
 * {@link #beforeCommit} inserts with one statement and writes with another. Spring runs
 * it inside the transaction, on its connection, so the payments still commit with
 * everything else or not at all, and a duplicate order fails the commit.
 */
final class HeldPayments extends TransactionHeld {

	private final PaymentWrites writes;

	private final Set<OrderId> orders = new HashSet<>();

	private final Map<OrderId, Payment> payments = new HashMap<>();

	private final Map<OrderId, Payment> added = new LinkedHashMap<>();

	private final Map<OrderId, Payment> changed = new LinkedHashMap<>();

	HeldPayments(TransactionSynchronizationManager transaction, Object owner, PaymentWrites writes) {
		super(transaction, owner);
		this.writes = writes;
	}

	/** Holds the orders, with the payments (as loaded) of those that have one. */
	void hold(List<OrderId> orderIds, List<Payment> loaded) {
		loaded.forEach((payment) -> this.payments.putIfAbsent(payment.orderId(), payment));
		this.orders.addAll(orderIds);
	}

	boolean holds(OrderId orderId) {
		return this.orders.contains(orderId);
	}

	/** The payment of a held order as it stands in this transaction. */
	Optional<Payment> current(OrderId orderId) {
		return Optional.ofNullable(this.payments.get(orderId));
	}

	/** Adds a payment for a held order, to be inserted with the others before commit. */
	Mono<Void> add(Payment payment) {
		if (this.payments.putIfAbsent(payment.orderId(), payment) != null) {
			return Mono.error(PaymentWrites.concurrentCharge(List.of(payment), null));
		}
		this.added.put(payment.orderId(), payment);
		return Mono.empty();
	}

	/**
	 * Records the next state of a held order's payment, inserted or written before
	 * commit.
	 */
	void change(Payment next) {
		this.payments.put(next.orderId(), next);
		if (this.added.replace(next.orderId(), next) == null) {
			this.changed.put(next.orderId(), next);
		}
	}

	@Override
	public Mono<Void> beforeCommit(boolean readOnly) {
		return Mono.defer(() -> {
			List<Payment> inserted = List.copyOf(this.added.values());
			List<Payment> updated = List.copyOf(this.changed.values());
			this.added.clear();
			this.changed.clear();
			return this.writes.insert(inserted).then(this.writes.update(updated));
		});
	}

}
