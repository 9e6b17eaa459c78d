package dev.foodmesh.delivery.application;

import java.time.Instant;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.Dispatcher;

/**
 * Offers a waiting delivery the free couriers of its city, in the caller's transaction:
 * assigns one, leaves it waiting, or gives up once the courier wait has passed.
 */
public class CourierDispatch {

	// The store returns only available couriers of the city, longest idle first, as the
	// policy ranks them: the first is the one chosen. Locking more would only write more
	// row locks (and block other lanes) for nothing.
	private static final int CANDIDATES = 1;

	private final Couriers couriers;

	private final Dispatcher dispatcher;

	private final TransitionRecorder recorder;

	public CourierDispatch(Couriers couriers, Dispatcher dispatcher, TransitionRecorder recorder) {
		this.couriers = couriers;
		this.dispatcher = dispatcher;
		this.recorder = recorder;
	}

	Mono<DeliveryResult> dispatch(Delivery delivery, Instant now) {
		return couriers.lockAvailableIn(delivery.city(), CANDIDATES)
			.collectList()
			.map(candidates -> dispatcher.dispatch(delivery, candidates, now))
			.flatMap(recorder::record);
	}

}
