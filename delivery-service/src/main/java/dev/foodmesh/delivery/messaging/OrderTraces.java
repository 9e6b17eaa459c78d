package dev.foodmesh.delivery.messaging;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.messaging.KeptTraces;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Keeps the order's trace context with its delivery row: taken from the {@code OrderPaid} being handled, read back
 * when a background pass emits an event for the delivery with no trace of its own, so the order's saga stays one
 * trace (e.g. {@code DeliveryFailed(NO_COURIER)} and its refund).
 */
@Component
public class OrderTraces {

	private final KeptTraces kept;

	public OrderTraces(DatabaseClient database) {
		this.kept = new KeptTraces(database, "deliveries", "order_id");
	}

	/** Stores the current trace context with the order's delivery, unless it has one already. */
	Mono<Void> keep(OrderId orderId) {
		return this.kept.keepCurrent(orderId.value());
	}

	/** The trace context kept with the order's delivery, if any. */
	Mono<Optional<TraceParent>> of(OrderId orderId) {
		return this.kept.of(orderId.value());
	}

}
