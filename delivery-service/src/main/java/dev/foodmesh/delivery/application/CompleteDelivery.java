package dev.foodmesh.delivery.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryLifecycle;
import dev.foodmesh.delivery.domain.DeliveryResult;

/** The customer has the order; the courier is free for the next one. Empty when the delivery is unknown. */
public class CompleteDelivery {

	private final Deliveries deliveries;

	private final DeliveryTransitions transitions;

	public CompleteDelivery(Deliveries deliveries, DeliveryTransitions transitions) {
		this.deliveries = deliveries;
		this.transitions = transitions;
	}

	public Mono<DeliveryResult> complete(DeliveryId id) {
		return transitions.apply(deliveries.lock(id), DeliveryLifecycle::complete);
	}

}
