package dev.foodmesh.payment.application;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;

/**
 * Orders that were cancelled before this service saw a payment for them, or while the PSP
 * had not yet answered their authorisation. Such an order must never stay charged:
 * per-partition ordering makes a later charge impossible in normal operation, but an
 * {@code OrderCreated} that went to the dead-letter topic and is redriven after the
 * cancellation would otherwise charge a cancelled order; and an authorisation answered
 * after the cancellation is refunded at once.
 */
public interface CancelledOrders {

	/** Remembers the cancellation; adding an order twice is harmless. */
	Mono<Void> add(OrderId orderId, Instant cancelledAt);

	Mono<Boolean> contains(OrderId orderId);

	/**
	 * Reads which of these orders are cancelled, with one statement, and holds that for
	 * the rest of the current transaction: {@link #contains} of a held order answers from
	 * memory, and {@link #add} of one keeps it up to date. Outside a transaction nothing
	 * is held.
	 */
	Mono<Void> hold(Collection<OrderId> orderIds);

}
