package dev.foodmesh.messaging.consumer;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code consumers}: whether this replica's consumers apply what they receive. Down while
 * any partition assigned here is stalled ({@link PartitionProgress}) for longer than the
 * threshold; the details name each topic's assigned partitions and the stalled ones. It
 * reads in-memory state only. It belongs in the {@code progress} group, never in
 * liveness: a database outage stalls every consumer, and restarting pods would not help.
 */
public final class ConsumersHealthIndicator implements HealthIndicator {

	private final EventConsumers consumers;

	private final Duration stallThreshold;

	public ConsumersHealthIndicator(EventConsumers consumers, Duration stallThreshold) {
		this.consumers = consumers;
		this.stallThreshold = stallThreshold;
	}

	@Override
	public Health health() {
		Map<String, Object> topics = new TreeMap<>();
		boolean stalled = false;
		for (Map.Entry<String, PartitionProgress> topic : this.consumers.progress().entrySet()) {
			Map<String, String> stalledPartitions = topic.getValue().stalled(this.stallThreshold);
			stalled |= !stalledPartitions.isEmpty();
			topics.put(topic.getKey(), Map.of("assignedPartitions", topic.getValue().assignedPartitions(),
					"stalledPartitions", stalledPartitions));
		}
		return (stalled ? Health.down() : Health.up()).withDetails(topics)
			.withDetail("stallThreshold", this.stallThreshold.toString())
			.build();
	}

}
