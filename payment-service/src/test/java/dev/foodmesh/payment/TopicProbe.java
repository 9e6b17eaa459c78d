package dev.foodmesh.payment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the start of every partition, without a consumer group, so it
 * changes no offsets.
 */
final class TopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();

	TopicProbe(String bootstrapServers, String topic) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
				new ByteArrayDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(topic)
			.stream()
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
	}

	/** Every record of the order (its key) so far, in order. */
	synchronized List<ConsumerRecord<String, byte[]>> recordsOf(UUID orderId) {
		consumer.poll(Duration.ofMillis(200)).forEach(records::add);
		return records.stream().filter(record -> orderId.toString().equals(record.key())).toList();
	}

	List<ConsumerRecord<String, byte[]>> recordsOf(UUID orderId, String ceType) {
		return recordsOf(orderId).stream().filter(record -> ceType.equals(header(record, "ce_type"))).toList();
	}

	static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
	}

	@Override
	public synchronized void close() {
		consumer.close();
	}

}
