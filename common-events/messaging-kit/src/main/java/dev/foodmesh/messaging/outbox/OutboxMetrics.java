package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;

/**
 * The relay's meters: {@code foodmesh.outbox.backlog} (unpublished rows) and
 * {@code foodmesh.outbox.oldest.age} (how long the oldest has waited), reported alike by
 * the active relay and the standby replicas, so that a frozen or cut off leader cannot
 * silence them: aggregate them with {@code max}, never {@code sum};
 * {@code foodmesh.outbox.publish.latency} (row created → marked published),
 * {@code foodmesh.outbox.published} (rows published, by topic and type) and
 * {@code foodmesh.outbox.step.downs} (the active relay gave up its lock for want of
 * progress).
 */
final class OutboxMetrics {

	private final MeterRegistry registry;

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong oldestAgeMillis = new AtomicLong();

	private final Timer latency;

	private final Counter stepDowns;

	// registered up front, untagged: the alert on it must find a series (at 0) before the
	// first row is ever parked
	private final Counter parked;

	OutboxMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("foodmesh.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Outbox rows not yet marked published to Kafka")
			.register(registry);
		TimeGauge.builder("foodmesh.outbox.oldest.age", this.oldestAgeMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
			.description("How long the oldest unpublished outbox row has waited")
			.register(registry);
		this.stepDowns = Counter.builder("foodmesh.outbox.step.downs")
			.description("Times the active relay gave up its lock because it made no progress")
			.register(registry);
		this.parked = Counter.builder("foodmesh.outbox.parked")
			.description("Outbox rows Kafka refused for good, set aside so that the rows behind them are published")
			.register(registry);
		this.latency = Timer.builder("foodmesh.outbox.publish.latency")
			.description("Time from appending an event to the outbox until Kafka acknowledged it")
			.publishPercentileHistogram()
			.register(registry);
	}

	void backlog(Backlog backlog) {
		this.backlog.set(backlog.rows());
		this.oldestAgeMillis.set(backlog.oldestAge().toMillis());
	}

	void steppedDown() {
		this.stepDowns.increment();
	}

	void parked() {
		this.parked.increment();
	}

	void published(OutboxRow row, Duration latency) {
		this.latency.record(latency);
		Counter.builder("foodmesh.outbox.published")
			.description("Outbox rows published to Kafka")
			.tag("topic", row.topic())
			.tag("type", row.ceType())
			.register(this.registry)
			.increment();
	}

}
