package dev.foodmesh.messaging;

import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * An order's trace, kept with a row of the service's own table (columns
 * {@code traceparent} and {@code tracestate}), and the one rule for events appended
 * outside a request: work with a trace around it (a request, a consumed event) stays in
 * that trace; work with none (a timer pass) continues the trace kept with its row
 * ({@link #inTraceOf}), so the order's whole saga, timeouts and scans included, stays one
 * trace. A service keeps the trace when the row first meets the order
 * ({@link #keepCurrent}): order-service when the order is placed, delivery-service when
 * the {@code OrderPaid} is handled.
 */
public final class KeptTraces {

	private final DatabaseClient database;

	private final String keep;

	private final String read;

	/**
	 * @param database the service's database
	 * @param table the table holding the rows, a constant of the service (not input)
	 * @param keyColumn its UUID key column, a constant of the service (not input)
	 */
	public KeptTraces(DatabaseClient database, String table, String keyColumn) {
		this.database = database;
		this.keep = "update " + table + " set traceparent = :traceparent, tracestate = :tracestate where " + keyColumn
				+ " = :key and traceparent is null";
		this.read = "select traceparent, tracestate from " + table + " where " + keyColumn + " = :key";
	}

	/**
	 * Stores {@code trace} with the row, unless it has one already: the first trace is
	 * the one that created it.
	 */
	public Mono<Void> keep(UUID key, TraceParent trace) {
		var update = this.database.sql(this.keep).bind("key", key).bind("traceparent", trace.traceparent());
		update = (trace.tracestate() == null) ? update.bindNull("tracestate", String.class)
				: update.bind("tracestate", trace.tracestate());
		return update.then();
	}

	/**
	 * Stores the current trace context with the row, if there is one (see
	 * {@link #keep(UUID, TraceParent)}).
	 */
	public Mono<Void> keepCurrent(UUID key) {
		return Traces.current().flatMap((current) -> current.map((trace) -> keep(key, trace)).orElseGet(Mono::empty));
	}

	/**
	 * Runs {@code work} (typically: appending an event to the outbox) in the current
	 * trace if there is one; with none, in the trace kept with the row, under a new span
	 * {@code spanName}; with neither, with no trace.
	 */
	public <T> Mono<T> inTraceOf(UUID key, String spanName, Mono<T> work) {
		return inTraceOf(of(key), spanName, work);
	}

	/**
	 * As {@link #inTraceOf(UUID, String, Mono)}, for a service that has the kept trace at
	 * hand (read with the row it locked, say): {@code kept} is subscribed only when no
	 * trace is current.
	 */
	public static <T> Mono<T> inTraceOf(Mono<Optional<TraceParent>> kept, String spanName, Mono<T> work) {
		return Traces.current()
			.flatMap((current) -> current.isPresent() ? work : kept
				.flatMap((trace) -> trace.map((parent) -> Traces.continueTrace(parent, spanName, work)).orElse(work)));
	}

	/** The trace context kept with the row, if any. */
	public Mono<Optional<TraceParent>> of(UUID key) {
		return this.database.sql(this.read)
			.bind("key", key)
			.map((row) -> TraceParent.of(row.get("traceparent", String.class), row.get("tracestate", String.class)))
			.one()
			.defaultIfEmpty(Optional.empty());
	}

}
