package dev.foodmesh.delivery.application;

import java.util.Collection;

import reactor.core.publisher.Mono;

/**
 * Readies the current transaction for scheduling the deliveries of a batch of paid
 * orders, so that the batch costs a constant number of statements instead of a few per
 * order: it reads with one statement which of the orders already have a delivery or were
 * cancelled, and locks with one more as many available couriers of each city (those no
 * other transaction holds, longest idle first) as that city's other orders may need.
 * Until the transaction ends, {@link Deliveries}, {@link CancelledOrders} and
 * {@link Couriers} answer for these orders and couriers from what is held; the deliveries
 * added and the couriers taken or freed are written by one statement just before the
 * commit, or dropped with a rollback. Outside a transaction nothing is held.
 */
public interface SchedulingHold {

	Mono<Void> hold(Collection<ScheduleDeliveryCommand> commands);

}
