package dev.foodmesh.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryResult;

/**
 * Runs one {@code DeliveryLifecycle} move on a delivery locked in a transaction and records the outcome. Empty when
 * there is no such delivery.
 */
public class DeliveryTransitions {

	private final TransitionRecorder recorder;

	private final Transactions transactions;

	private final Clock clock;

	public DeliveryTransitions(TransitionRecorder recorder, Transactions transactions, Clock clock) {
		this.recorder = recorder;
		this.transactions = transactions;
		this.clock = clock;
	}

	Mono<DeliveryResult> apply(Mono<Delivery> lockedDelivery, BiFunction<Delivery, Instant, DeliveryResult> move) {
		return transactions.required(lockedDelivery.map(delivery -> move.apply(delivery, clock.instant()))
			.flatMap(recorder::record));
	}

}
