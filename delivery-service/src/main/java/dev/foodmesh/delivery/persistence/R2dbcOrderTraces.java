package dev.foodmesh.delivery.persistence;

import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.application.OrderTraces;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.messaging.TransactionHeld;

/**
 * The traces kept in {@code deliveries.traceparent}/{@code tracestate}: those of rows
 * {@link R2dbcDeliveries} locked in the current transaction from {@link LockedTraces},
 * others read.
 */
@Repository
class R2dbcOrderTraces implements OrderTraces {

	private static final String READ = "select traceparent, tracestate from deliveries where order_id = :orderId";

	private final DatabaseClient database;

	R2dbcOrderTraces(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<Optional<OrderTrace>> keptWith(OrderId orderId) {
		return TransactionHeld.find(this, LockedTraces.class)
			.flatMap(locked -> locked.flatMap(traces -> traces.of(orderId))
				.map(Mono::just)
				.orElseGet(() -> database.sql(READ)
					.bind("orderId", orderId.value())
					.map(R2dbcOrderTraces::read)
					.one()
					.defaultIfEmpty(Optional.empty())));
	}

	/** Remembers, for the rest of the transaction, the traces of deliveries it locked. */
	Mono<Void> remember(Map<OrderId, Optional<OrderTrace>> locked) {
		if (locked.isEmpty()) {
			return Mono.empty();
		}
		return TransactionHeld.of(this, LockedTraces.class, transaction -> new LockedTraces(transaction, this))
			.doOnNext(traces -> traces.remember(locked))
			.then();
	}

	/** The trace a {@code deliveries} row keeps, if any. */
	static Optional<OrderTrace> read(Readable row) {
		String traceparent = row.get("traceparent", String.class);
		return (traceparent != null) ? Optional.of(new OrderTrace(traceparent, row.get("tracestate", String.class)))
				: Optional.empty();
	}

}
