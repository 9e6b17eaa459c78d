package dev.foodmesh.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Flux;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryResult;

/**
 * The courier simulator: each pass picks up orders assigned longer than the pickup delay
 * ago and delivers those picked up longer than the delivery delay ago, through the same
 * use case as the couriers' HTTP calls. Deliveries another replica is working on are
 * skipped.
 */
public class SimulateCouriers {

	private final Deliveries deliveries;

	private final MoveDelivery moveDelivery;

	private final Transactions transactions;

	private final Clock clock;

	private final SimulatedCourier courier;

	public SimulateCouriers(Deliveries deliveries, MoveDelivery moveDelivery, Transactions transactions, Clock clock,
			SimulatedCourier courier) {
		this.deliveries = deliveries;
		this.moveDelivery = moveDelivery;
		this.transactions = transactions;
		this.clock = clock;
		this.courier = courier;
	}

	public Flux<DeliveryResult> pass() {
		return Flux.defer(() -> {
			Instant now = clock.instant();
			return transactions.required(pickUpDue(now.minus(courier.pickupDelay()))
				.concatWith(completeDue(now.minus(courier.deliveryDelay()))));
		});
	}

	private Flux<DeliveryResult> pickUpDue(Instant assignedBefore) {
		return deliveries.lockAssignedBefore(assignedBefore, courier.batchSize())
			.map(Delivery::id)
			.concatMap(id -> moveDelivery.pickUp(id, Actor.Staff.COURIER_SIMULATOR));
	}

	private Flux<DeliveryResult> completeDue(Instant pickedUpBefore) {
		return deliveries.lockPickedUpBefore(pickedUpBefore, courier.batchSize())
			.map(Delivery::id)
			.concatMap(id -> moveDelivery.complete(id, Actor.Staff.COURIER_SIMULATOR));
	}

	/**
	 * How the simulated couriers behave.
	 *
	 * @param pickupDelay how long after assignment a courier collects the order
	 * @param deliveryDelay how long after pickup the order reaches the customer
	 * @param batchSize how many deliveries of each kind one pass moves at most
	 */
	public record SimulatedCourier(Duration pickupDelay, Duration deliveryDelay, int batchSize) {
	}

}
