package dev.foodmesh.order.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;

class RecordingSagaMetrics implements SagaMetrics {

	final List<Order> changed = new CopyOnWriteArrayList<>();

	@Override
	public Mono<Void> changed(Order previous, Order next) {
		return Mono.fromRunnable(() -> this.changed.add(next));
	}

}
