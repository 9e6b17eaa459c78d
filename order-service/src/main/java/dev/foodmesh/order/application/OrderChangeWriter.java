package dev.foodmesh.order.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.application.IdempotencyRecords.IdempotencyRecord;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderResult.Changed;

/**
 * Writes what a command changed, in the caller's transaction: the order, its outbox
 * events, and (after commit) its metrics. Shared by every use case that changes orders.
 */
public final class OrderChangeWriter {

	private final Orders orders;

	private final OrderOutbox outbox;

	private final SagaMetrics metrics;

	public OrderChangeWriter(Orders orders, OrderOutbox outbox, SagaMetrics metrics) {
		this.orders = orders;
		this.outbox = outbox;
		this.metrics = metrics;
	}

	/**
	 * Stores a placed order and its {@code Placed} event under the placement's
	 * idempotency record; emits the order, or nothing (storing nothing) when the record's
	 * key is taken.
	 */
	Mono<Order> placed(Changed placed, IdempotencyRecord key) {
		return this.orders.insert(placed.next(), key)
			.filter(Boolean::booleanValue)
			.flatMap((stored) -> appendEvents(placed).thenReturn(placed.next()));
	}

	/**
	 * Stores a change of {@code previous}; a change that changed nothing writes nothing.
	 */
	Mono<Void> changed(Order previous, Changed changed) {
		if (changed.next().equals(previous)) {
			return Mono.empty();
		}
		return this.orders.update(previous, changed.next())
			.then(appendEvents(changed))
			.then(this.metrics.changed(previous, changed.next()));
	}

	private Mono<Void> appendEvents(Changed changed) {
		return Flux.fromIterable(changed.events()).concatMap(this.outbox::append).then();
	}

}
