package dev.foodmesh.order.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import dev.foodmesh.order.application.IdempotencyRecords.IdempotencyRecord;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * Orders in a map; every update also wakes status watchers, as the database's NOTIFY
 * does.
 */
class InMemoryOrders implements Orders, OrderChanges {

	final Map<OrderId, Order> stored = new ConcurrentHashMap<>();

	private final Map<String, IdempotencyRecord> keys;

	private final Sinks.Many<OrderId> changes = Sinks.many().multicast().directBestEffort();

	/**
	 * @param keys the idempotency records, which {@link #insert} claims as the database's
	 * statement does
	 */
	InMemoryOrders(Map<String, IdempotencyRecord> keys) {
		this.keys = keys;
	}

	@Override
	public Mono<Order> findById(OrderId id) {
		return Mono.justOrEmpty(this.stored.get(id));
	}

	@Override
	public Mono<Order> findForUpdate(OrderId id) {
		return findById(id);
	}

	// no transactions here, so nothing to hold
	@Override
	public Mono<Void> holdForUpdate(Collection<OrderId> ids) {
		return Mono.empty();
	}

	@Override
	public Mono<Boolean> insert(Order order, IdempotencyRecord key) {
		return Mono.fromSupplier(() -> {
			if (this.keys.putIfAbsent(key.key(), key) != null) {
				return false;
			}
			this.stored.put(order.id(), order);
			return true;
		});
	}

	@Override
	public Mono<Void> update(Order previous, Order next) {
		return Mono.fromRunnable(() -> {
			this.stored.put(next.id(), next);
			this.changes.tryEmitNext(next.id());
		});
	}

	@Override
	public Flux<Order> lockOverduePayments(Instant placedBefore, int limit) {
		return Flux.fromIterable(this.stored.values())
			.filter((order) -> order.status() == OrderStatus.PAYMENT_PENDING)
			.filter((order) -> order.createdAt().isBefore(placedBefore))
			.sort(Comparator.comparing(Order::createdAt))
			.take(limit);
	}

	@Override
	public Flux<OrderId> changes() {
		return this.changes.asFlux();
	}

	Order get(OrderId id) {
		return this.stored.get(id);
	}

}
