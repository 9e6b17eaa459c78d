package dev.foodmesh.delivery.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryLifecycle;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * The order was cancelled: a waiting delivery stops waiting, an assigned courier is free again. Empty when the
 * order has no delivery (it was cancelled before it was paid).
 */
public class ReleaseDelivery {

	private final Deliveries deliveries;

	private final DeliveryTransitions transitions;

	public ReleaseDelivery(Deliveries deliveries, DeliveryTransitions transitions) {
		this.deliveries = deliveries;
		this.transitions = transitions;
	}

	public Mono<DeliveryResult> release(OrderId orderId) {
		return transitions.apply(deliveries.lockByOrder(orderId), DeliveryLifecycle::release);
	}

}
