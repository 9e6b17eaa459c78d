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
 * Payments.holdForUpdate}): each one's payment as it stands in the transaction, and the
 * payments added for them, which {@link #beforeCommit} inserts with one statement. Spring
 * runs it inside the transaction, on its connection, so the payments still commit with
 * everything else or not at all, and a duplicate order fails the commit.
 */
final class HeldPayments extends TransactionHeld {

	private final PaymentInserts inserts;

	private final Set<OrderId> orders = new HashSet<>();

	private final Map<OrderId, Payment> payments = new HashMap<>();

	private final Map<OrderId, Payment> added = new LinkedHashMap<>();

	HeldPayments(TransactionSynchronizationManager transaction, Object owner, PaymentInserts inserts) {
		super(transaction, owner);
		this.inserts = inserts;
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
			return Mono.error(PaymentInserts.concurrentCharge(List.of(payment), null));
		}
		this.added.put(payment.orderId(), payment);
		return Mono.empty();
	}

	/**
	 * Records the next state of a held order's payment; true if that state is inserted
	 * before commit (the payment was added here), false if it must be written now.
	 */
	boolean change(Payment next) {
		this.payments.put(next.orderId(), next);
		return this.added.replace(next.orderId(), next) != null;
	}

	@Override
	public Mono<Void> beforeCommit(boolean readOnly) {
		return Mono.defer(() -> {
			List<Payment> batch = List.copyOf(this.added.values());
			this.added.clear();
			return this.inserts.insert(batch);
		});
	}

}
