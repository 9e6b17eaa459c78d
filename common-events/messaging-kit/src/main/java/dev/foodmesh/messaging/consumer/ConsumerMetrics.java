package dev.foodmesh.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A consumer's counters, tagged {@code consumer} (the service), {@code topic} and {@code type} (the ce_type):
 * {@code foodmesh.events.processed} (applied), {@code foodmesh.events.duplicates} (redelivered and skipped) and
 * {@code foodmesh.events.dead.lettered} (moved to the dead-letter topic).
 */
final class ConsumerMetrics {

	static final String UNKNOWN_TYPE = "unknown";

	private final MeterRegistry registry;

	private final String consumer;

	private final String topic;

	ConsumerMetrics(MeterRegistry registry, String consumer, String topic) {
		this.registry = registry;
		this.consumer = consumer;
		this.topic = topic;
	}

	void processed(String type) {
		counter("foodmesh.events.processed", "Consumed events applied", type).increment();
	}

	void duplicate(String type) {
		counter("foodmesh.events.duplicates", "Consumed events skipped as already processed", type).increment();
	}

	void deadLettered(String type) {
		counter("foodmesh.events.dead.lettered", "Consumed records moved to the dead-letter topic", type).increment();
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
