package dev.foodmesh.delivery.application;

import java.time.Clock;
import java.time.Instant;

import reactor.core.publisher.Flux;

import dev.foodmesh.delivery.domain.DeliveryResult;

/**
 * One pass over the deliveries waiting for a courier, oldest first: each gets a courier
 * freed since the last pass, keeps waiting, or fails with {@code NO_COURIER} once the
 * courier wait has passed. Deliveries another replica is working on are skipped, so
 * replicas may run passes at the same time.
 */
public class AssignWaitingDeliveries {

	private final Deliveries deliveries;

	private final CourierDispatch dispatch;

	private final Transactions transactions;

	private final Clock clock;

	private final int batchSize;

	public AssignWaitingDeliveries(Deliveries deliveries, CourierDispatch dispatch, Transactions transactions,
			Clock clock, int batchSize) {
		this.deliveries = deliveries;
		this.dispatch = dispatch;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	public Flux<DeliveryResult> assignWaiting() {
		return Flux.defer(() -> {
			Instant now = clock.instant();
			return transactions
				.required(deliveries.lockWaiting(batchSize).concatMap(waiting -> dispatch.dispatch(waiting, now)));
		});
	}

}
