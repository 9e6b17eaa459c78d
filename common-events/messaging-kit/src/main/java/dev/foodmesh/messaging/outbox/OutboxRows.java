package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/** The relay's reads and writes of the {@code outbox} table. */
final class OutboxRows {

	private static final String NEXT_BATCH = """
			select seq, event_id, topic, message_key, ce_type, payload, traceparent, tracestate, occurred_at
			from outbox where published_at is null and parked_at is null order by seq limit :limit""";

	// the database measures created→published, so the latency is free of clock skew
	// between replicas
	private static final String MARK_PUBLISHED = """
			update outbox set published_at = clock_timestamp() where seq = any(:seqs) and published_at is null
			returning topic, ce_type, (extract(epoch from published_at - created_at) * 1000000)::bigint as micros""";

	private static final String PARK = """
			update outbox set parked_at = clock_timestamp(), parked_reason = :reason
			where seq = :seq and published_at is null""";

	private final DatabaseClient database;

	OutboxRows(DatabaseClient database) {
		this.database = database;
	}

	/** The backlog, through the pool: what a standby replica reports. */
	Mono<Backlog> backlog() {
		return this.database.sql(Backlog.QUERY).map(Backlog::of).one();
	}

	/** The oldest unpublished rows, in publication order. */
	Flux<OutboxRow> nextBatch(int limit) {
		return this.database.sql(NEXT_BATCH).bind("limit", limit).map(OutboxRows::toRow).all();
	}

	/**
	 * Marks rows published in one statement and returns what was marked, with each row's
	 * publish latency.
	 */
	Flux<Published> markPublished(List<OutboxRow> rows) {
		Long[] seqs = rows.stream().map(OutboxRow::seq).toArray(Long[]::new);
		return this.database.sql(MARK_PUBLISHED)
			.bind("seqs", seqs)
			.map((row) -> new Published(row.get("topic", String.class), row.get("ce_type", String.class),
					Duration.of(row.get("micros", Long.class), ChronoUnit.MICROS)))
			.all();
	}

	/** Takes a row Kafka refuses for good out of the publication order, keeping why. */
	Mono<Void> park(OutboxRow row, String reason) {
		return this.database.sql(PARK).bind("seq", row.seq()).bind("reason", reason).then();
	}

	private static OutboxRow toRow(Readable row) {
		return new OutboxRow(row.get("seq", Long.class), row.get("event_id", UUID.class),
				row.get("topic", String.class), row.get("message_key", String.class), row.get("ce_type", String.class),
				row.get("payload", Json.class).asArray(), row.get("traceparent", String.class),
				row.get("tracestate", String.class), row.get("occurred_at", Instant.class));
	}

	/** A row the relay marked published, and how long it waited in the outbox. */
	record Published(String topic, String ceType, Duration latency) {
	}

}
