package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.OrderEvent;

/**
 * Publishes order events to the other services through the transactional outbox: the
 * event commits with the order's change or not at all, and is delivered at least once, in
 * order per order, after commit.
 */
public interface OrderOutbox {

	Mono<Void> append(OrderEvent event);

}
