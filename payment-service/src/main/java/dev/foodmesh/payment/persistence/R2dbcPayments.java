package dev.foodmesh.payment.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.messaging.TransactionHeld;
import dev.foodmesh.payment.application.Payments;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentId;

/**
 * Payments in Postgres. The table's unique {@code order_id} is the last line of defence
 * against charging an order twice: a second insert for the order fails and its
 * transaction rolls back ({@link PaymentWrites}). Orders a transaction holds
 * ({@link #holdForUpdate}) are answered from {@link HeldPayments}, and written by it.
 */
@Repository
class R2dbcPayments implements Payments {

	private final PaymentReads rows;

	private final PaymentWrites writes;

	R2dbcPayments(DatabaseClient db) {
		this.rows = new PaymentReads(db);
		this.writes = new PaymentWrites(db);
	}

	@Override
	public Mono<Payment> findById(PaymentId id) {
		return rows.findById(id.value()).map(PaymentRow::toPayment);
	}

	@Override
	public Mono<Payment> findByOrderId(OrderId orderId) {
		return heldOr(orderId, () -> rows.findByOrderId(orderId.value()).map(PaymentRow::toPayment));
	}

	// a held order's payment was locked when it was loaded
	@Override
	public Mono<Payment> lockByOrderId(OrderId orderId) {
		return heldOr(orderId, () -> rows.lockByOrderId(orderId.value()).map(PaymentRow::toPayment));
	}

	/**
	 * Locks in the order of order ids, as every batch does, so that two batches sharing
	 * orders wait for each other instead of deadlocking.
	 */
	@Override
	public Mono<Void> holdForUpdate(Collection<OrderId> orderIds) {
		List<OrderId> ids = List.copyOf(orderIds);
		return TransactionHeld.of(this, HeldPayments.class, transaction -> new HeldPayments(transaction, this, writes))
			.flatMap(held -> rows.lockAllByOrderId(ids.stream().map(OrderId::value).toArray(UUID[]::new))
				.map(PaymentRow::toPayment)
				.collectList()
				.doOnNext(loaded -> held.hold(ids, loaded)))
			.then();
	}

	@Override
	public Flux<Payment> findUnsettled(Instant changedBefore, int limit) {
		return rows.findUnsettled(changedBefore, limit).map(PaymentRow::toPayment);
	}

	@Override
	public Mono<Void> add(Payment payment) {
		return fromHeldOr(payment.orderId(), held -> held.add(payment), () -> writes.insert(List.of(payment)));
	}

	@Override
	public Mono<Void> update(Payment payment) {
		return fromHeldOr(payment.orderId(), held -> Mono.fromRunnable(() -> held.change(payment)),
				() -> writes.update(List.of(payment)));
	}

	// the order's payment as the current transaction holds it, or else from the table
	private Mono<Payment> heldOr(OrderId orderId, Supplier<Mono<Payment>> table) {
		return fromHeldOr(orderId, held -> Mono.justOrEmpty(held.current(orderId)), table);
	}

	// from what the current transaction holds of the order, or else from the table
	private <T> Mono<T> fromHeldOr(OrderId orderId, Function<HeldPayments, Mono<T>> held, Supplier<Mono<T>> table) {
		return TransactionHeld.find(this, HeldPayments.class)
			.map(found -> found.filter(payments -> payments.holds(orderId)))
			.flatMap((Optional<HeldPayments> found) -> found.map(held).orElseGet(table));
	}

}
