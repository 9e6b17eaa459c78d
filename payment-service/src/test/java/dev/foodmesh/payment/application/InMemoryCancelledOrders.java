package dev.foodmesh.payment.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;

final class InMemoryCancelledOrders implements CancelledOrders {

	private final Set<OrderId> orders = ConcurrentHashMap.newKeySet();

	@Override
	public Mono<Void> add(OrderId orderId, Instant cancelledAt) {
		return Mono.fromRunnable(() -> orders.add(orderId));
	}

	@Override
	public Mono<Boolean> contains(OrderId orderId) {
		return Mono.fromSupplier(() -> orders.contains(orderId));
	}

	// no transactions here, so nothing to hold
	@Override
	public Mono<Void> hold(Collection<OrderId> orderIds) {
		return Mono.empty();
	}

}
