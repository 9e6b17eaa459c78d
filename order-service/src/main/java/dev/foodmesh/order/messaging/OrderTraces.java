package dev.foodmesh.order.messaging;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.order.domain.OrderId;

/**
 * Keeps the trace context of the request that placed an order with the order's row ({@code orders.traceparent},
 * {@code tracestate}), for the background passes that act on the order later and link their own trace to it.
 */
@Component
class OrderTraces {

	private static final String KEEP = """
			update orders set traceparent = :traceparent, tracestate = :tracestate
			where id = :orderId and traceparent is null""";

	private final DatabaseClient database;

	OrderTraces(DatabaseClient database) {
		this.database = database;
	}

	/** Stores {@code trace} with the order, unless it has one already. */
	Mono<Void> keep(OrderId orderId, TraceParent trace) {
		var update = this.database.sql(KEEP).bind("orderId", orderId.value()).bind("traceparent", trace.traceparent());
		update = (trace.tracestate() == null) ? update.bindNull("tracestate", String.class)
				: update.bind("tracestate", trace.tracestate());
		return update.then();
	}

	/** The trace context kept with the order, if any. */
	Mono<Optional<TraceParent>> of(OrderId orderId) {
		return this.database.sql("select traceparent, tracestate from orders where id = :orderId")
			.bind("orderId", orderId.value())
			.map((row) -> TraceParent.of(row.get("traceparent", String.class), row.get("tracestate", String.class)))
			.one()
			.defaultIfEmpty(Optional.empty());
	}

}
