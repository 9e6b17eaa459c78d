package dev.foodmesh.messaging.outbox;

import java.time.Duration;

import io.r2dbc.spi.Readable;

/**
 * The unpublished rows and the age of the oldest, as the database sees them: the age is
 * measured against the database's clock, so it is free of skew between replicas.
 *
 * @param rows unpublished rows (parked rows are not waiting: they are counted by
 * {@code foodmesh.outbox.parked})
 * @param oldestAge how long the oldest unpublished row has waited; zero when none waits
 */
public record Backlog(long rows, Duration oldestAge) {

	static final String QUERY = """
			select count(*) as rows,
			coalesce((extract(epoch from clock_timestamp() - min(created_at)) * 1000)::bigint, 0) as oldest_millis
			from outbox where published_at is null and parked_at is null""";

	/**
	 * The leader's count: it leaves out the rows Kafka acknowledged that the relay has
	 * not marked yet ({@code $1}, their seqs), which are published already.
	 */
	static final String LEADER_QUERY = QUERY + " and seq <> all($1)";

	static Backlog of(Readable row) {
		Long rows = row.get("rows", Long.class);
		Long oldestMillis = row.get("oldest_millis", Long.class);
		return new Backlog((rows == null) ? 0 : rows, Duration.ofMillis((oldestMillis == null) ? 0 : oldestMillis));
	}

}
