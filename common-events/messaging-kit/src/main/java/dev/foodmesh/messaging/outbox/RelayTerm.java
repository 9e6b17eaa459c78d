package dev.foodmesh.messaging.outbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the active relay keeps for one term of leadership, so that it pays one statement
 * per batch: the rows Kafka acknowledged that no statement has marked published yet, and
 * the numbering of its wake-ups.
 * <p>
 * The next statement marks the acknowledged rows as it reads the rows behind them. A
 * notification arrives after its transaction committed, and a poll wakes the relay only
 * for rows it counted or acknowledged rows it saw, so whatever woke the relay before a
 * read started was visible to that read: such a wake-up is answered and costs nothing.
 * Rows left unmarked when a term ends without a graceful stop are sent again by the next
 * leader, and consumers deduplicate them, as after any crash between a send and its mark.
 */
final class RelayTerm {

	/** The wake-up of a graceful stop: never answered, it drains and marks everything. */
	static final long FINAL = Long.MAX_VALUE;

	private final AtomicLong received = new AtomicLong();

	private volatile long answered;

	private volatile List<OutboxRow> acknowledged = List.of();

	/** Numbers a wake-up as it arrives. */
	long wokenUp() {
		return this.received.incrementAndGet();
	}

	boolean isAnswered(long wakeUp) {
		return wakeUp <= this.answered;
	}

	// the relay's pipeline runs one step at a time, so the acknowledged rows are never
	// written by two threads at once
	void acknowledged(List<OutboxRow> rows) {
		this.acknowledged = Stream.concat(this.acknowledged.stream(), rows.stream()).toList();
	}

	/** The rows Kafka acknowledged that no statement has marked published yet. */
	List<OutboxRow> unmarked() {
		return this.acknowledged;
	}

	/**
	 * Called just before a statement reads: it answers every wake-up received so far and
	 * marks the rows returned here.
	 */
	List<OutboxRow> reading() {
		this.answered = this.received.get();
		List<OutboxRow> toMark = this.acknowledged;
		this.acknowledged = List.of();
		return toMark;
	}

}
