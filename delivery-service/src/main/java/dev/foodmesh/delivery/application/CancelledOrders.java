package dev.foodmesh.delivery.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.OrderId;

/**
 * The orders this service saw cancelled. Events of one order arrive in order, except when
 * an operator redrives a dead-lettered {@code OrderPaid}: it then comes after the order's
 * {@code OrderCancelled}, and must not dispatch a courier for an order that was cancelled
 * and refunded.
 */
public interface CancelledOrders {

	/** Remembers that the order was cancelled; remembering it again changes nothing. */
	Mono<Void> remember(OrderId orderId);

	Mono<Boolean> contains(OrderId orderId);

}
