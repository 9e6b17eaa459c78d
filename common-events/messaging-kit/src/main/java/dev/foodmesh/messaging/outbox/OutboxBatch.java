package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.util.List;

/**
 * Unpublished rows the relay read with one statement, in publication order, and when it
 * read them ({@link System#nanoTime()}).
 */
record OutboxBatch(List<OutboxRow> rows, long readAt) {

	boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/**
	 * How long a row of this batch has been in the outbox by now: the database measured
	 * its wait up to the read, this process the time since, so the figure is free of skew
	 * between the clocks of the database and the replicas.
	 */
	Duration waitedBy(OutboxRow row) {
		return row.waited().plusNanos(System.nanoTime() - this.readAt);
	}

}
