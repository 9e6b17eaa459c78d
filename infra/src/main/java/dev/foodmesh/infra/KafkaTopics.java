package dev.foodmesh.infra;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topic work of a {@link KafkaBroker}, through its admin client, whatever runs the
 * broker.
 */
final class KafkaTopics {

	private KafkaTopics() {
	}

	static void create(Admin admin, Collection<String> topics, int partitions) {
		List<NewTopic> requested = topics.stream().map((topic) -> new NewTopic(topic, partitions, (short) 1)).toList();
		admin.createTopics(requested).values().forEach((topic, result) -> {
			try {
				result.get(30, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw new IllegalStateException("Could not create topic " + topic, ex.getCause());
				}
			}
			catch (InterruptedException | TimeoutException ex) {
				throw interrupted("creating topic " + topic, ex);
			}
		});
		Map<String, NewPartitions> grow = new LinkedHashMap<>();
		describe(admin, topics).forEach((topic, description) -> {
			if (description.partitions().size() < partitions) {
				grow.put(topic, NewPartitions.increaseTo(partitions));
			}
		});
		if (!grow.isEmpty()) {
			await(admin.createPartitions(grow).all(), "growing topics " + grow.keySet());
		}
	}

	static Map<String, Integer> partitionCounts(Admin admin, Collection<String> topics) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		describe(admin, topics).forEach((topic, description) -> counts.put(topic, description.partitions().size()));
		return counts;
	}

	static <T> T await(KafkaFuture<T> future, String what) {
		try {
			return future.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Kafka failed " + what, ex.getCause());
		}
		catch (InterruptedException | TimeoutException ex) {
			throw interrupted(what, ex);
		}
	}

	/**
	 * Retries while the broker's metadata cache has not caught up with a topic it just
	 * created, which it answers with {@code UnknownTopicOrPartitionException} for a
	 * moment.
	 */
	private static Map<String, TopicDescription> describe(Admin admin, Collection<String> topics) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			try {
				return await(admin.describeTopics(topics).allTopicNames(), "describing topics " + topics);
			}
			catch (IllegalStateException ex) {
				if (!(ex.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			throw interrupted("waiting for topic metadata", ex);
		}
	}

	private static IllegalStateException interrupted(String what, Exception ex) {
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
		}
		return new IllegalStateException("Kafka did not finish " + what, ex);
	}

}
