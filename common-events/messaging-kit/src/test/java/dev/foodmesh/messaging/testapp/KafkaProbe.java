package dev.foodmesh.messaging.testapp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.EventJson;

/**
 * The test's own view of Kafka, independent of the kit: writes records as a producer
 * would, and reads a topic from its beginning. Used from the test thread only (it
 * blocks).
 */
public final class KafkaProbe implements AutoCloseable {

	private final KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
					ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));

	private final KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
			Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
					ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
					ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));

	private final List<ConsumerRecord<byte[], byte[]>> read = new CopyOnWriteArrayList<>();

	private final EventJson json = new EventJson();

	private String topic = "";

	/**
	 * Reads the topic from its beginning; assigned on the first {@link #records} call,
	 * once the topic exists.
	 */
	public KafkaProbe reading(String topic) {
		this.topic = topic;
		return this;
	}

	/**
	 * Every record read so far whose key is the order id, in the order the partition
	 * holds them.
	 */
	public List<ConsumerRecord<byte[], byte[]>> records(UUID orderId) {
		if (this.consumer.assignment().isEmpty() && !assign()) {
			return List.of();
		}
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.read::add);
		byte[] key = orderId.toString().getBytes(StandardCharsets.UTF_8);
		return this.read.stream().filter((record) -> Arrays.equals(record.key(), key)).toList();
	}

	/**
	 * Every record read so far, whatever its key (or none), in the order each partition
	 * holds them.
	 */
	public List<ConsumerRecord<byte[], byte[]>> all() {
		if (this.consumer.assignment().isEmpty() && !assign()) {
			return List.of();
		}
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.read::add);
		return List.copyOf(this.read);
	}

	private boolean assign() {
		List<TopicPartition> partitions = this.consumer.partitionsFor(this.topic)
			.stream()
			.map((info) -> new TopicPartition(this.topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
		return !partitions.isEmpty();
	}

	/**
	 * Sends an event as the outbox relay would: key = order id, CloudEvents headers, JSON
	 * payload, and a fresh {@code traceparent}, which it returns.
	 */
	public String send(String topic, IntegrationEvent event) {
		return send(topic, event.orderId(), EventCatalog.forEvent(event).ceType(), this.json.write(event));
	}

	/**
	 * Sends a record with the given ce_type and payload, e.g. a poison one; returns its
	 * {@code traceparent}.
	 */
	public String send(String topic, UUID orderId, String ceType, byte[] payload) {
		String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
		var record = new ProducerRecord<>(topic, orderId.toString().getBytes(StandardCharsets.UTF_8), payload);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, ceType);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TRACEPARENT, traceparent);
		try {
			this.producer.send(record).get();
			return traceparent;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/**
	 * Sends a record exactly as given (any key, value, headers, partition); returns where
	 * it landed.
	 */
	public RecordMetadata sendRaw(ProducerRecord<byte[], byte[]> record) {
		try {
			return this.producer.send(record).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not send to " + record.topic(), ex);
		}
	}

	@Override
	public void close() {
		this.producer.close();
		this.consumer.close();
	}

}
