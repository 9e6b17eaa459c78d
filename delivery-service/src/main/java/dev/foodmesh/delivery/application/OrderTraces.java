package dev.foodmesh.delivery.application;

import java.util.Optional;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.OrderId;

/**
 * The trace each delivery keeps for its order ({@link OrderTrace}), which events appended
 * with no trace around them (by the courier-wait scan, the simulator) continue. For a
 * delivery the current transaction locked, the trace read with it, so it costs no
 * statement of its own; otherwise read.
 */
public interface OrderTraces {

	Mono<Optional<OrderTrace>> keptWith(OrderId orderId);

}
