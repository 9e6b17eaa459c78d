package dev.foodmesh.messaging.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;
import reactor.kafka.receiver.ReceiverPartition;

/**
 * Whether one topic's consumer moves on each partition assigned to this replica. A
 * partition is stalled when work waits on it (records received but not yet applied, or a
 * lag above 0) and no batch of it finished for longer than the threshold: a lane that
 * retries for ever, a statement that hangs, a handler that never answers. The lag alone
 * cannot tell, since records already fetched into memory no longer count as lag.
 */
final class PartitionProgress {

	private final ConsumerLag lag;

	private final Map<TopicPartition, Partition> assigned = new ConcurrentHashMap<>();

	PartitionProgress(ConsumerLag lag) {
		this.lag = lag;
	}

	void assigned(Collection<ReceiverPartition> partitions) {
		partitions.forEach((partition) -> this.assigned.put(partition.topicPartition(), new Partition()));
	}

	void revoked(Collection<ReceiverPartition> partitions) {
		partitions.forEach((partition) -> this.assigned.remove(partition.topicPartition()));
	}

	void received(TopicPartition partition, long offset) {
		Partition state = this.assigned.get(partition);
		if (state != null) {
			state.received = Math.max(state.received, offset);
		}
	}

	void applied(TopicPartition partition, long offset) {
		Partition state = this.assigned.get(partition);
		if (state != null) {
			state.applied = Math.max(state.applied, offset);
			state.progressAt = System.nanoTime();
		}
	}

	int assignedPartitions() {
		return this.assigned.size();
	}

	/**
	 * The stalled partitions ({@code topic-partition}) and how long each has made no
	 * progress.
	 */
	Map<String, String> stalled(Duration threshold) {
		Map<String, String> stalled = new TreeMap<>();
		long now = System.nanoTime();
		this.assigned.forEach((partition, state) -> {
			Duration idle = Duration.ofNanos(now - state.progressAt);
			if (idle.compareTo(threshold) > 0 && (state.received > state.applied || this.lag.of(partition) > 0)) {
				stalled.put(partition.toString(), idle.toString());
			}
		});
		return stalled;
	}

	// written by the partition's lane and the receiver, read by health checks; each field
	// on its own
	private static final class Partition {

		private volatile long received = -1;

		private volatile long applied = -1;

		private volatile long progressAt = System.nanoTime();

	}

}
