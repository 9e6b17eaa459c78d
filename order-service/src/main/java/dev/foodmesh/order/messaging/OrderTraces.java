package dev.foodmesh.order.messaging;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.KeptTraces;
import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.order.domain.OrderId;

/**
 * Keeps the trace context of the request that placed an order with the order's row, for the background passes that
 * act on the order later and link their own trace to it.
 */
@Component
class OrderTraces {

	private final KeptTraces kept;

	OrderTraces(DatabaseClient database) {
		this.kept = new KeptTraces(database, "orders", "id");
	}

	/** Stores {@code trace} with the order, unless it has one already. */
	Mono<Void> keep(OrderId orderId, TraceParent trace) {
		return this.kept.keep(orderId.value(), trace);
	}

	/** The trace context kept with the order, if any. */
	Mono<Optional<TraceParent>> of(OrderId orderId) {
		return this.kept.of(orderId.value());
	}

}
