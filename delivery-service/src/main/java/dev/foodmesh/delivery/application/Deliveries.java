package dev.foodmesh.delivery.application;

import java.time.Instant;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * The deliveries, for writing. Every {@code lock…} method locks the rows it returns until
 * the surrounding transaction ends, so one writer at a time moves a delivery; the
 * {@code …Waiting}/{@code …Before} scans skip rows another transaction holds, so replicas
 * share the work instead of queueing on it. A scan's batch is read in full before its
 * first delivery is emitted, so the caller may write each one in the same transaction as
 * it comes.
 */
public interface Deliveries {

	/**
	 * Stores a new delivery, with the order's trace if there is one; emits {@code false},
	 * storing nothing, when its order already has one.
	 */
	Mono<Boolean> add(Delivery.Unassigned delivery, Optional<OrderTrace> orderTrace);

	Mono<Delivery> lock(DeliveryId id);

	Mono<Delivery> lockByOrder(OrderId orderId);

	/** Deliveries waiting for a courier, oldest request first. */
	Flux<Delivery> lockWaiting(int limit);

	/**
	 * Assigned deliveries whose courier was assigned before {@code cutoff}. They are held
	 * for the rest of the transaction, as are those of {@link #lockPickedUpBefore}:
	 * {@link #lock} answers them from memory, and their {@link #update}s, with the
	 * couriers those free, are written by one statement just before the commit.
	 */
	Flux<Delivery> lockAssignedBefore(Instant cutoff, int limit);

	/**
	 * Picked-up deliveries whose order was collected before {@code cutoff}; held as
	 * {@link #lockAssignedBefore}'s are.
	 */
	Flux<Delivery> lockPickedUpBefore(Instant cutoff, int limit);

	/** Stores the delivery's new state. */
	Mono<Void> update(Delivery delivery);

}
