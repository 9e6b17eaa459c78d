package dev.foodmesh.messaging.redrive;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * What a redrive will republish: per partition of the dead-letter topic, the records from
 * the first one not redriven before up to the end as it was when the redrive began.
 * Records dead-lettered meanwhile wait for the next redrive, so a redrive always ends
 * even while new poison records keep arriving.
 */
record RedrivePlan(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {

	Set<TopicPartition> partitions() {
		return this.end.keySet();
	}

	long pending() {
		return this.end.entrySet()
			.stream()
			.mapToLong(
					(partition) -> Math.max(0, partition.getValue() - this.start.getOrDefault(partition.getKey(), 0L)))
			.sum();
	}

	long startOf(TopicPartition partition) {
		return this.start.getOrDefault(partition, 0L);
	}

	boolean includes(ConsumerRecord<?, ?> record) {
		return record.offset() < this.end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L);
	}

}
