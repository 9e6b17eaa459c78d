package dev.foodmesh.messaging.retention;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Deletes the rows of {@link RetainedTable}s that outlived their retention, in batches of
 * at most {@code batchSize} rows, each its own short statement, so that no delete holds
 * many locks, runs into the statement timeout or bloats one transaction. A batch finds
 * its rows through the timestamp column's index, and skips rows another replica's pass
 * has locked, so replicas may prune at the same time without waiting on each other.
 */
public final class Retention {

	private static final Logger logger = LoggerFactory.getLogger(Retention.class);

	private final DatabaseClient database;

	private final List<RetainedTable> tables;

	private final int batchSize;

	private final RetentionMetrics metrics;

	public Retention(DatabaseClient database, List<RetainedTable> tables, int batchSize, RetentionMetrics metrics) {
		this.database = database;
		this.tables = List.copyOf(tables);
		this.batchSize = batchSize;
		this.metrics = metrics;
	}

	/** One pass over every table; counted as a run, failed or not. */
	public Mono<Long> prune() {
		return Flux.fromIterable(this.tables)
			.concatMap((table) -> prune(table).reduce(0L, Long::sum))
			.reduce(0L, Long::sum)
			.doOnSuccess((deleted) -> this.metrics.passSucceeded())
			.doOnError((failure) -> this.metrics.passFailed());
	}

	/**
	 * The rows deleted by each batch, until a batch finds fewer rows than the batch size.
	 */
	public Flux<Long> prune(RetainedTable table) {
		String delete = "DELETE FROM " + table.table() + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + table.table()
				+ " WHERE " + table.timestampColumn() + " < now() - make_interval(secs => $1) LIMIT $2"
				+ " FOR UPDATE SKIP LOCKED))";
		double ageSeconds = table.maxAge().toMillis() / 1000.0;
		Mono<Long> batch = this.database.sql(delete)
			.bind(0, ageSeconds)
			.bind(1, this.batchSize)
			.fetch()
			.rowsUpdated()
			.doOnNext((deleted) -> this.metrics.deleted(table, deleted));
		return batch.expand((deleted) -> (deleted == this.batchSize) ? batch : Mono.empty())
			.doOnComplete(() -> logger.debug("Pruned {} rows older than {}", table.table(), table.maxAge()));
	}

}
