package dev.foodmesh.delivery.messaging;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Keeps the order's trace context with its delivery row ({@code deliveries.traceparent}/{@code tracestate}): taken
 * from the {@code OrderPaid} being handled, read back when a background pass emits an event for the delivery with no
 * trace of its own, so the order's saga stays one trace (e.g. {@code DeliveryFailed(NO_COURIER)} and its refund).
 */
@Component
public class OrderTraces {

	private static final String KEEP = """
			update deliveries set traceparent = :traceparent, tracestate = :tracestate
			where order_id = :orderId and traceparent is null""";

	private final DatabaseClient database;

	public OrderTraces(DatabaseClient database) {
		this.database = database;
	}

	/** Stores the current trace context with the order's delivery, unless it has one already. */
	Mono<Void> keep(OrderId orderId) {
		return Traces.current().flatMap((current) -> current.map((trace) -> {
			var update = this.database.sql(KEEP).bind("orderId", orderId.value()).bind("traceparent", trace.traceparent());
			update = (trace.tracestate() == null) ? update.bindNull("tracestate", String.class)
					: update.bind("tracestate", trace.tracestate());
			return update.then();
		}).orElseGet(Mono::empty));
	}

	/** The trace context kept with the order's delivery, if any. */
	Mono<Optional<TraceParent>> of(OrderId orderId) {
		return this.database.sql("select traceparent, tracestate from deliveries where order_id = :orderId")
			.bind("orderId", orderId.value())
			.map((row) -> TraceParent.of(row.get("traceparent", String.class), row.get("tracestate", String.class)))
			.one()
			.defaultIfEmpty(Optional.empty());
	}

}
