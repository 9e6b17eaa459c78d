package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the relay last knew, for its health and for the active relay's watchdog. Written
 * by the relay's pipeline, read by health checks from any thread; the fields are
 * independent, so volatile suffices.
 */
final class RelayProgress {

	private volatile boolean leader;

	private volatile @Nullable Backlog backlog;

	private volatile @Nullable Instant observedAt;

	// System.nanoTime of the last sign that the active relay keeps up: a batch done or an
	// empty outbox seen
	private volatile long heartbeat = System.nanoTime();

	void leading(boolean leading) {
		this.leader = leading;
		this.heartbeat = System.nanoTime();
	}

	void observed(Backlog current) {
		this.backlog = current;
		this.observedAt = Instant.now();
		if (current.rows() == 0) {
			this.heartbeat = System.nanoTime();
		}
	}

	void batchDone() {
		this.heartbeat = System.nanoTime();
	}

	Duration sinceHeartbeat() {
		return Duration.ofNanos(System.nanoTime() - this.heartbeat);
	}

	boolean isLeader() {
		return this.leader;
	}

	@Nullable Backlog backlog() {
		return this.backlog;
	}

	@Nullable Instant observedAt() {
		return this.observedAt;
	}

}
