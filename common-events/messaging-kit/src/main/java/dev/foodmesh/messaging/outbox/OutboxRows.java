package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/** The relay's reads and writes of the {@code outbox} table. */
final class OutboxRows {

	// the select sees the table as it was before the update (one snapshot for the whole
	// statement), so it leaves out the rows being marked by their seq
	private static final String MARK_AND_READ_NEXT = """
			with marked as (
			    update outbox set published_at = clock_timestamp() where seq = any(:sent) and published_at is null)
			select seq, event_id, topic, message_key, ce_type, payload, traceparent, tracestate, occurred_at,
			    (extract(epoch from clock_timestamp() - created_at) * 1000000)::bigint as waited_micros
			from outbox where published_at is null and parked_at is null and seq <> all(:sent)
			order by seq limit :limit""";

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

	/**
	 * Marks the rows Kafka acknowledged published and reads up to {@code limit} of the
	 * oldest unpublished rows after them, with one statement: a relay that keeps up pays
	 * one round trip per batch.
	 */
	Mono<OutboxBatch> markAndReadNext(List<OutboxRow> sent, int limit) {
		Long[] seqs = sent.stream().map(OutboxRow::seq).toArray(Long[]::new);
		return this.database.sql(MARK_AND_READ_NEXT)
			.bind("sent", seqs)
			.bind("limit", limit)
			.map(OutboxRows::toRow)
			.all()
			.collectList()
			.map((rows) -> new OutboxBatch(rows, System.nanoTime()));
	}

	/** Takes a row Kafka refuses for good out of the publication order, keeping why. */
	Mono<Void> park(OutboxRow row, String reason) {
		return this.database.sql(PARK).bind("seq", row.seq()).bind("reason", reason).then();
	}

	private static OutboxRow toRow(Readable row) {
		return new OutboxRow(row.get("seq", Long.class), row.get("event_id", UUID.class),
				row.get("topic", String.class), row.get("message_key", String.class), row.get("ce_type", String.class),
				row.get("payload", Json.class).asArray(), row.get("traceparent", String.class),
				row.get("tracestate", String.class), row.get("occurred_at", Instant.class),
				Duration.of(row.get("waited_micros", Long.class), ChronoUnit.MICROS));
	}

}
