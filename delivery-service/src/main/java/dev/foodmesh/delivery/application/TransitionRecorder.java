package dev.foodmesh.delivery.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.DeliveryResult.Changed;

/**
 * Writes what a transition decided, in the caller's transaction: the delivery's new
 * state, the courier it takes or frees, and its events in the outbox. Unchanged and
 * rejected results write nothing.
 */
public class TransitionRecorder {

	private final Deliveries deliveries;

	private final Couriers couriers;

	private final DeliveryOutbox outbox;

	private final DeliveryMetrics metrics;

	public TransitionRecorder(Deliveries deliveries, Couriers couriers, DeliveryOutbox outbox,
			DeliveryMetrics metrics) {
		this.deliveries = deliveries;
		this.couriers = couriers;
		this.outbox = outbox;
		this.metrics = metrics;
	}

	Mono<DeliveryResult> record(DeliveryResult result) {
		if (result instanceof Changed changed && !changed.isNoOp()) {
			return write(changed).thenReturn(result);
		}
		return Mono.just(result);
	}

	private Mono<Void> write(Changed changed) {
		return deliveries.update(changed.delivery())
			.thenMany(Flux.fromIterable(changed.events()))
			.concatMap(this::updateCourier)
			.then(outbox.append(changed.events()))
			.then(metrics.count(changed.events()));
	}

	private Mono<Void> updateCourier(DeliveryEvent event) {
		if (event instanceof DeliveryEvent.Scheduled scheduled) {
			return couriers.occupy(scheduled.courierId(), scheduled.occurredAt());
		}
		return event.freedCourier().map(courier -> couriers.free(courier, event.occurredAt())).orElseGet(Mono::empty);
	}

}
