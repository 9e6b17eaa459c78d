package dev.foodmesh.delivery.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryLifecycle;
import dev.foodmesh.delivery.domain.DeliveryResult;

/** The courier collected the order at the restaurant. Empty when the delivery is unknown. */
public class PickUpDelivery {

	private final Deliveries deliveries;

	private final DeliveryTransitions transitions;

	public PickUpDelivery(Deliveries deliveries, DeliveryTransitions transitions) {
		this.deliveries = deliveries;
		this.transitions = transitions;
	}

	public Mono<DeliveryResult> pickUp(DeliveryId id) {
		return transitions.apply(deliveries.lock(id), DeliveryLifecycle::pickUp);
	}

}
