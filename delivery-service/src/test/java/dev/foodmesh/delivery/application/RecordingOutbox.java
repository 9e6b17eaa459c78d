package dev.foodmesh.delivery.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryEvent;

/** Keeps what was appended, for the outbox and the metrics ports alike. */
class RecordingOutbox implements DeliveryOutbox, DeliveryMetrics {

	private final List<DeliveryEvent> appended = new CopyOnWriteArrayList<>();

	private final List<DeliveryEvent> counted = new CopyOnWriteArrayList<>();

	@Override
	public Mono<Void> append(List<DeliveryEvent> events) {
		return Mono.fromRunnable(() -> appended.addAll(events));
	}

	@Override
	public Mono<Void> count(List<DeliveryEvent> events) {
		return Mono.fromRunnable(() -> counted.addAll(events));
	}

	List<DeliveryEvent> appended() {
		return List.copyOf(appended);
	}

	List<DeliveryEvent> counted() {
		return List.copyOf(counted);
	}

}
