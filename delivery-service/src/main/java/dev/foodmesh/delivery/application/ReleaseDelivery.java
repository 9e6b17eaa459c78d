package dev.foodmesh.delivery.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryLifecycle;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * The order was cancelled: a waiting delivery stops waiting, an assigned courier is free again, and the cancellation
 * is remembered so that a later {@code OrderPaid} of the order schedules nothing. Empty when the order has no
 * delivery (it was cancelled before it was paid).
 */
public class ReleaseDelivery {

	private final Deliveries deliveries;

	private final CancelledOrders cancelledOrders;

	private final DeliveryTransitions transitions;

	public ReleaseDelivery(Deliveries deliveries, CancelledOrders cancelledOrders, DeliveryTransitions transitions) {
		this.deliveries = deliveries;
		this.cancelledOrders = cancelledOrders;
		this.transitions = transitions;
	}

	public Mono<DeliveryResult> release(OrderId orderId) {
		return cancelledOrders.remember(orderId)
			.then(transitions.apply(deliveries.lockByOrder(orderId), DeliveryLifecycle::release));
	}

}
