package dev.foodmesh.delivery.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.OrderId;

/** {@link CancelledOrders} in a set. */
class InMemoryCancelledOrders implements CancelledOrders {

	private final Set<OrderId> cancelled = ConcurrentHashMap.newKeySet();

	@Override
	public Mono<Void> remember(OrderId orderId) {
		return Mono.fromRunnable(() -> cancelled.add(orderId));
	}

	@Override
	public Mono<Boolean> contains(OrderId orderId) {
		return Mono.fromSupplier(() -> cancelled.contains(orderId));
	}

}
