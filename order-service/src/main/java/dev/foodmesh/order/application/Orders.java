package dev.foodmesh.order.application;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.application.IdempotencyRecords.IdempotencyRecord;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;

/**
 * The stored orders. Writes join the caller's transaction ({@link Transactions}).
 */
public interface Orders {

	/** The order, or empty when there is none. */
	Mono<Order> findById(OrderId id);

	/**
	 * The order, locked until the current transaction ends, so that a saga event and a
	 * customer's cancel on the same order apply one after the other; empty when there is
	 * none.
	 */
	Mono<Order> findForUpdate(OrderId id);

	/**
	 * Locks these orders and holds them for the rest of the current transaction:
	 * {@link #findForUpdate} of a held order answers from memory, and {@link #update} of
	 * one writes nothing at once; every held order that changed is written, with all its
	 * changes, by one statement just before the commit. So a batch of saga replies costs
	 * one lock, one read and one write, not one of each per reply. Orders that do not
	 * exist are not held; outside a transaction nothing is held.
	 */
	Mono<Void> holdForUpdate(Collection<OrderId> ids);

	/**
	 * Stores a newly placed order with its lines and first history entry, and the
	 * placement's idempotency record with it, unless the record's key is taken: then it
	 * stores nothing and answers false. A concurrent insert under the same key waits for
	 * the other transaction and loses if that one commits.
	 */
	Mono<Boolean> insert(Order order, IdempotencyRecord key);

	/**
	 * Stores {@code next} over {@code previous}: status, data and the history entries
	 * added since, and tells every replica's status watchers after commit.
	 */
	Mono<Void> update(Order previous, Order next);

	/**
	 * Locks up to {@code limit} orders still awaiting payment that were placed before
	 * {@code placedBefore}, skipping orders another replica holds, so that several
	 * replicas can scan at once without doing the same order twice.
	 */
	Flux<Order> lockOverduePayments(Instant placedBefore, int limit);

}
