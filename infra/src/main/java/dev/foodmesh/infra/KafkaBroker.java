package dev.foodmesh.infra;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;

/**
 * A Kafka broker the tests and the local fleet talk to: the in-JVM {@link KafkaServer},
 * or a container when the tests run with {@code -Dfoodmesh.test.infra=testcontainers}.
 * Topics are never created implicitly: create them here.
 */
public interface KafkaBroker extends Closeable {

	/** {@code host:port}, for {@code spring.kafka.bootstrap-servers}. */
	String bootstrapServers();

	/** An admin client of this broker, owned by it (do not close it). */
	Admin admin();

	/** Stops the broker. */
	@Override
	void close();

	/**
	 * Creates, if absent, the three event topics and their {@code .dlt} twins with
	 * {@code partitions} partitions each; an existing topic with fewer partitions is
	 * grown to {@code partitions}.
	 */
	default void createTopics(int partitions) {
		createTopics(FoodMeshTopics.all(), partitions);
	}

	/**
	 * Creates the FoodMesh topics with {@link FoodMeshTopics#DEFAULT_PARTITIONS}
	 * partitions each.
	 */
	default void createTopics() {
		createTopics(FoodMeshTopics.DEFAULT_PARTITIONS);
	}

	/** Creates, if absent, one topic (replication factor 1). */
	default void createTopic(String topic, int partitions) {
		createTopics(List.of(topic), partitions);
	}

	/**
	 * Creates, if absent, every topic in {@code topics}; an existing topic with fewer
	 * partitions is grown.
	 */
	default void createTopics(Collection<String> topics, int partitions) {
		KafkaTopics.create(admin(), topics, partitions);
	}

	/** The topic names that exist, internal ones excluded. */
	default Set<String> topicNames() {
		return KafkaTopics.await(admin().listTopics().names(), "listing topics");
	}

	/** Partition count per topic. */
	default Map<String, Integer> partitionCounts(Collection<String> topics) {
		return KafkaTopics.partitionCounts(admin(), topics);
	}

}
