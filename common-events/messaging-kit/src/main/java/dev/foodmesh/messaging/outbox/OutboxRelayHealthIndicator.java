package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code outboxRelay}: whether events leave this service. Down, on every replica alike,
 * while the oldest unpublished row is older than the stall threshold, or while this
 * replica has not been able to read the backlog for that long; the details say whether
 * this replica is the active relay. It reads what the relay last saw and never queries,
 * so it answers at once; it belongs in the {@code progress} group, never in liveness: a
 * slow database must not restart pods.
 */
public final class OutboxRelayHealthIndicator implements HealthIndicator {

	private final OutboxRelay relay;

	private final Duration stallThreshold;

	public OutboxRelayHealthIndicator(OutboxRelay relay, Duration stallThreshold) {
		this.relay = relay;
		this.stallThreshold = stallThreshold;
	}

	@Override
	public Health health() {
		RelayProgress progress = this.relay.progress();
		Backlog backlog = progress.backlog();
		Instant observedAt = progress.observedAt();
		if (backlog == null || observedAt == null) {
			return Health.unknown().withDetail("leader", progress.isLeader()).build();
		}
		Duration sinceObserved = Duration.between(observedAt, Instant.now());
		boolean stalled = backlog.oldestAge().compareTo(this.stallThreshold) > 0
				|| sinceObserved.compareTo(this.stallThreshold) > 0;
		return (stalled ? Health.down() : Health.up()).withDetail("leader", progress.isLeader())
			.withDetail("unpublishedRows", backlog.rows())
			.withDetail("oldestUnpublishedAge", backlog.oldestAge().toString())
			.withDetail("observedAt", observedAt.toString())
			.withDetail("stallThreshold", this.stallThreshold.toString())
			.build();
	}

}
