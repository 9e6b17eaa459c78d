package dev.foodmesh.order.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.OrderEvent;

class RecordingOutbox implements OrderOutbox {

	final List<OrderEvent> events = new CopyOnWriteArrayList<>();

	@Override
	public Mono<Void> append(OrderEvent event) {
		return Mono.fromRunnable(() -> this.events.add(event));
	}

}
