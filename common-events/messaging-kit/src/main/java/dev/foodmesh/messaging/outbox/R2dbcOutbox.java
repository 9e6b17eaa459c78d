package dev.foodmesh.messaging.outbox;

import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * {@link Outbox} on the service's Postgres: one {@code outbox} row per event, inserted through a
 * {@link DatabaseClient}, which joins the R2DBC transaction in the caller's Reactor Context. The event is serialised
 * once here; the relay publishes these exact bytes. The row keeps the trace parent of the work appending it
 * ({@link Traces#current()}). {@code occurred_at}, and so
 * {@code ce_time}, is kept at Postgres' microsecond precision; the payload keeps the event's own instant.
 */
public final class R2dbcOutbox implements Outbox {

	private static final String INSERT = """
			insert into outbox (event_id, topic, message_key, ce_type, payload, traceparent, tracestate, occurred_at)
			values (:eventId, :topic, :messageKey, :ceType, :payload, :traceparent, :tracestate, :occurredAt)""";

	private final DatabaseClient database;

	private final EventJson json;

	public R2dbcOutbox(DatabaseClient database, EventJson json) {
		this.database = database;
		this.json = json;
	}

	@Override
	public Mono<Void> append(IntegrationEvent event) {
		return Traces.current().flatMap((trace) -> insert(event, trace));
	}

	private Mono<Void> insert(IntegrationEvent event, Optional<TraceParent> trace) {
		EventCatalog.EventType type = EventCatalog.forEvent(event);
		GenericExecuteSpec insert = this.database.sql(INSERT)
			.bind("eventId", event.eventId())
			.bind("topic", type.topic())
			.bind("messageKey", event.orderId().toString())
			.bind("ceType", type.ceType())
			.bind("payload", Json.of(this.json.write(event)))
			.bind("occurredAt", event.occurredAt());
		insert = bindText(insert, "traceparent", trace.map(TraceParent::traceparent));
		insert = bindText(insert, "tracestate", trace.map(TraceParent::tracestate));
		return insert.then();
	}

	private static GenericExecuteSpec bindText(GenericExecuteSpec spec, String name, Optional<String> value) {
		return value.map((text) -> spec.bind(name, text)).orElseGet(() -> spec.bindNull(name, String.class));
	}

}
