package dev.foodmesh.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.foodmesh.events.EventCatalog;

/**
 * A consumer's counters, tagged {@code consumer} (the service), {@code topic} and {@code type} (the ce_type):
 * {@code foodmesh.events.processed} (applied), {@code foodmesh.events.duplicates} (redelivered and skipped) and
 * {@code foodmesh.events.dead.lettered} (moved to the dead-letter topic). All three exist at zero from the start for
 * every type of the topic (and dead letters also for {@code unknown}, an undecodable type).
 */
final class ConsumerMetrics {

	static final String UNKNOWN_TYPE = "unknown";

	private static final String PROCESSED = "foodmesh.events.processed";

	private static final String PROCESSED_DESCRIPTION = "Consumed events applied";

	private static final String DUPLICATES = "foodmesh.events.duplicates";

	private static final String DUPLICATES_DESCRIPTION = "Consumed events skipped as already processed";

	private static final String DEAD_LETTERED = "foodmesh.events.dead.lettered";

	private static final String DEAD_LETTERED_DESCRIPTION = "Consumed records moved to the dead-letter topic";

	private final MeterRegistry registry;

	private final String consumer;

	private final String topic;

	ConsumerMetrics(MeterRegistry registry, String consumer, String topic) {
		this.registry = registry;
		this.consumer = consumer;
		this.topic = topic;
		// registered at zero for every type the topic carries: Prometheus' increase() cannot see a counter's first
		// step, so a counter born at 1 would hide the first dead letter from the alert on dead-letter growth
		EventCatalog.all()
			.stream()
			.filter((type) -> type.topic().equals(topic))
			.forEach((type) -> registerAll(type.ceType()));
		counter(DEAD_LETTERED, DEAD_LETTERED_DESCRIPTION, UNKNOWN_TYPE);
	}

	void processed(String type) {
		counter(PROCESSED, PROCESSED_DESCRIPTION, type).increment();
	}

	void duplicate(String type) {
		counter(DUPLICATES, DUPLICATES_DESCRIPTION, type).increment();
	}

	void deadLettered(String type) {
		counter(DEAD_LETTERED, DEAD_LETTERED_DESCRIPTION, type).increment();
	}

	private void registerAll(String type) {
		counter(PROCESSED, PROCESSED_DESCRIPTION, type);
		counter(DUPLICATES, DUPLICATES_DESCRIPTION, type);
		counter(DEAD_LETTERED, DEAD_LETTERED_DESCRIPTION, type);
	}

	private Counter counter(String name, String description, String type) {
		return Counter.builder(name)
			.description(description)
			.tag("consumer", this.consumer)
			.tag("topic", this.topic)
			.tag("type", type)
			.register(this.registry);
	}

}
