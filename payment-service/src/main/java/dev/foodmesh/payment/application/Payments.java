package dev.foodmesh.payment.application;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentId;

/** The payments this service holds; an order has at most one. */
public interface Payments {

	Mono<Payment> findById(PaymentId id);

	Mono<Payment> findByOrderId(OrderId orderId);

	/**
	 * Reads the order's payment and locks it until the surrounding transaction ends, so
	 * two cancellations of one order processed at the same time (e.g. by two replicas
	 * during a rebalance) cannot both refund it.
	 */
	Mono<Payment> lockByOrderId(OrderId orderId);

	/**
	 * Locks these orders' payments and holds them for the rest of the current
	 * transaction: {@link #findByOrderId} and {@link #lockByOrderId} of a held order
	 * answer from memory (empty if it had none), and {@link #add} of a payment for one
	 * inserts nothing at once: every payment added for a held order is inserted by one
	 * statement just before the commit, where a second payment for an order fails the
	 * commit as {@link #add} would have failed; likewise every {@link #update} of a held
	 * payment is written by one statement just before the commit. So a batch of order
	 * events or of settlements costs one read and one write, not one of each per event.
	 * Outside a transaction nothing is held.
	 */
	Mono<Void> holdForUpdate(Collection<OrderId> orderIds);

	/**
	 * Stores a new payment. Signals an error if the order already has one, so a second
	 * charge for an order can never commit; the caller's transaction is retried and then
	 * finds the first payment. For an order the transaction holds, the error comes with
	 * the commit ({@link #holdForUpdate}).
	 */
	Mono<Void> add(Payment payment);

	/**
	 * Reservations ({@code PENDING}, {@code REFUNDING}) last changed before
	 * {@code changedBefore}, oldest first: their settlement was lost (a crash, a failure)
	 * or is very slow.
	 */
	Flux<Payment> findUnsettled(Instant changedBefore, int limit);

	/** Stores the next state of an existing payment. */
	Mono<Void> update(Payment payment);

}
