package dev.foodmesh.messaging.outbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The relay's meters: {@code foodmesh.outbox.backlog} (unpublished rows, reported by the active relay; 0 on a
 * standby replica, so a sum over replicas is right), {@code foodmesh.outbox.publish.latency} (row created → marked
 * published) and {@code foodmesh.outbox.published} (rows published, by topic and type).
 */
final class OutboxMetrics {

	private final MeterRegistry registry;

	private final AtomicLong backlog = new AtomicLong();

	private final Timer latency;

	OutboxMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("foodmesh.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Outbox rows not yet published to Kafka")
			.register(registry);
		this.latency = Timer.builder("foodmesh.outbox.publish.latency")
			.description("Time from appending an event to the outbox until Kafka acknowledged it")
			.publishPercentileHistogram()
			.register(registry);
	}

	void backlog(long rows) {
		this.backlog.set(rows);
	}

	void published(OutboxRows.Published row) {
		this.latency.record(row.latency());
		Counter.builder("foodmesh.outbox.published")
			.description("Outbox rows published to Kafka")
			.tag("topic", row.topic())
			.tag("type", row.ceType())
			.register(this.registry)
			.increment();
	}

}
