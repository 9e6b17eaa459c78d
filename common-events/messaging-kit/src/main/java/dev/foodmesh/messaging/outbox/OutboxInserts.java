package dev.foodmesh.messaging.outbox;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Inserts outbox rows, any number in one statement, in the order given (which becomes
 * their {@code seq} order).
 */
final class OutboxInserts {

	// ordinality keeps the given order for seq; text arrays carry the nullable columns
	// and the JSON, cast once here
	private static final String INSERT = """
			insert into outbox (event_id, topic, message_key, ce_type, payload, traceparent, tracestate, occurred_at)
			select event_id, topic, message_key, ce_type, payload::jsonb, traceparent, tracestate, occurred_at::timestamptz
			from unnest(:eventIds::uuid[], :topics::text[], :messageKeys::text[], :ceTypes::text[], :payloads::text[],
			  :traceparents::text[], :tracestates::text[], :occurredAts::text[])
			  with ordinality as row (event_id, topic, message_key, ce_type, payload, traceparent, tracestate,
			    occurred_at, position)
			order by position""";

	private final DatabaseClient database;

	OutboxInserts(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(List<NewOutboxRow> rows) {
		if (rows.isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(INSERT)
			.bind("eventIds", rows.stream().map(NewOutboxRow::eventId).toArray(UUID[]::new))
			.bind("topics", rows.stream().map(NewOutboxRow::topic).toArray(String[]::new))
			.bind("messageKeys", rows.stream().map(NewOutboxRow::messageKey).toArray(String[]::new))
			.bind("ceTypes", rows.stream().map(NewOutboxRow::ceType).toArray(String[]::new))
			.bind("payloads", rows.stream().map(NewOutboxRow::payload).toArray(String[]::new))
			.bind("traceparents", rows.stream().map(NewOutboxRow::traceparent).toArray(String[]::new))
			.bind("tracestates", rows.stream().map(NewOutboxRow::tracestate).toArray(String[]::new))
			.bind("occurredAts", rows.stream().map((row) -> row.occurredAt().toString()).toArray(String[]::new))
			.then();
	}

}
