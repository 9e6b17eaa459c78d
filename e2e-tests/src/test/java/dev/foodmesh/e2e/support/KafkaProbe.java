package dev.foodmesh.e2e.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import dev.foodmesh.events.Topics;

import static org.awaitility.Awaitility.await;

/**
 * The journeys' only direct line to Kafka: reads what the services published,
 * re-publishes records byte for byte (duplicates), sends hand-made records (poison) and
 * watches the services' consumer groups catch up.
 */
public final class KafkaProbe implements AutoCloseable {

	/**
	 * Which consumer groups (= service names) read which topic, per
	 * {@code docs/conventions.md}.
	 */
	public static final Map<String, List<String>> CONSUMER_GROUPS = Map.of(Topics.ORDER_EVENTS,
			List.of("payment-service", "delivery-service"), Topics.PAYMENT_EVENTS, List.of("order-service"),
			Topics.DELIVERY_EVENTS, List.of("order-service"));

	private final String bootstrapServers;

	private final KafkaProducer<byte[], byte[]> producer;

	private final Admin admin;

	public KafkaProbe(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
		Properties producerProperties = new Properties();
		producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
		producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		this.producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
	}

	/** Every record now on the topics, oldest first per partition. */
	public List<ConsumerRecord<byte[], byte[]>> readAll(Collection<String> topics) {
		return read(topics, (record) -> true);
	}

	/**
	 * The records now on the topics that match, read from the beginning up to the current
	 * end.
	 */
	public List<ConsumerRecord<byte[], byte[]>> read(Collection<String> topics,
			Predicate<ConsumerRecord<byte[], byte[]>> filter) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = partitions(consumer, topics);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!reachedEnd(consumer, end)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Could not read " + topics + " up to " + end);
				}
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
							&& filter.test(record)) {
						found.add(record);
					}
				});
			}
			return found;
		}
	}

	/**
	 * Sends each record again to its own topic and partition: same key, value and headers
	 * (so the same ce_id).
	 */
	public void republish(List<ConsumerRecord<byte[], byte[]>> records) {
		for (ConsumerRecord<byte[], byte[]> record : records) {
			send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
					record.headers()));
		}
	}

	public void send(ProducerRecord<byte[], byte[]> record) {
		sendAndGetOffset(record);
	}

	/** Sends a record and answers the offset it got. */
	public long sendAndGetOffset(ProducerRecord<byte[], byte[]> record) {
		try {
			return this.producer.send(record).get(15, TimeUnit.SECONDS).offset();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("Could not send to " + record.topic(), ex);
		}
	}

	public int partitionCount(String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			return consumer.partitionsFor(topic).size();
		}
	}

	/** The current end offset of every partition of the topics. */
	public Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			return new HashMap<>(consumer.endOffsets(partitions(consumer, topics)));
		}
	}

	/**
	 * Waits until every consumer group that reads a topic has committed at least the
	 * given offsets: proof that the services processed (or dead-lettered) everything up
	 * to there.
	 */
	public void awaitConsumed(Map<TopicPartition, Long> offsets, Duration atMost) {
		await("consumer groups committing " + offsets).atMost(atMost)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> lagging(offsets).isEmpty());
	}

	/**
	 * Waits until the consumer group of each service is stable with every partition of
	 * its topics assigned: from then on, its service consumes what the journeys publish
	 * without waiting for a rebalance.
	 */
	public void awaitConsumersAssigned(Collection<String> groups, Duration atMost) {
		await("consumer groups " + groups + " stable with every partition assigned").atMost(atMost)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> unassigned(groups).isEmpty());
	}

	/**
	 * The groups that are not yet stable with every partition of their topics assigned,
	 * and why.
	 */
	public List<String> unassigned(Collection<String> groups) throws Exception {
		Map<String, ConsumerGroupDescription> descriptions = this.admin.describeConsumerGroups(groups)
			.all()
			.get(10, TimeUnit.SECONDS);
		List<String> waiting = new ArrayList<>();
		for (String group : groups) {
			ConsumerGroupDescription description = descriptions.get(group);
			long assigned = description.members()
				.stream()
				.mapToLong((member) -> member.assignment().topicPartitions().size())
				.sum();
			long expected = CONSUMER_GROUPS.entrySet()
				.stream()
				.filter((topic) -> topic.getValue().contains(group))
				.mapToLong((topic) -> partitionCount(topic.getKey()))
				.sum();
			if (description.groupState() != GroupState.STABLE || assigned < expected) {
				waiting.add(group + " " + description.groupState() + " " + assigned + "/" + expected);
			}
		}
		return waiting;
	}

	/** The (group, partition) pairs whose committed offset is still behind. */
	public List<String> lagging(Map<TopicPartition, Long> offsets) throws Exception {
		List<String> behind = new ArrayList<>();
		for (String group : CONSUMER_GROUPS.values().stream().flatMap(List::stream).distinct().toList()) {
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(10, TimeUnit.SECONDS);
			offsets.forEach((partition, target) -> {
				if (CONSUMER_GROUPS.getOrDefault(partition.topic(), List.of()).contains(group) && target > 0) {
					OffsetAndMetadata at = committed.get(partition);
					if (at == null || at.offset() < target) {
						behind
							.add(group + "@" + partition + "=" + ((at != null) ? at.offset() : "none") + "<" + target);
					}
				}
			});
		}
		return behind;
	}

	public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	public static String key(ConsumerRecord<byte[], byte[]> record) {
		return (record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null;
	}

	private KafkaConsumer<byte[], byte[]> consumer() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
		return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, Collection<String> topics) {
		return topics.stream()
			.flatMap((topic) -> consumer.partitionsFor(topic).stream())
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
	}

	private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
		this.admin.close(Duration.ofSeconds(5));
	}

}
