package dev.foodmesh.delivery;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.TestInfrastructure;

/**
 * Reads everything published on {@code foodmesh.delivery.events.v1}, as another service
 * would see it.
 */
final class DeliveryEventsProbe implements AutoCloseable {

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

	private final KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
			Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
					ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
			new StringDeserializer(), new ByteArrayDeserializer());

	DeliveryEventsProbe() {
		List<TopicPartition> partitions = consumer.partitionsFor(Topics.DELIVERY_EVENTS)
			.stream()
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
	}

	/** Waits for the order's event of that {@code ce_type} and answers it. */
	ConsumerRecord<String, byte[]> awaitEvent(Object orderId, String ceType) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> poll(orderId, ceType), found -> !found.isEmpty())
			.getFirst();
	}

	/** The order's events of that type seen so far, in publication order. */
	List<ConsumerRecord<String, byte[]>> poll(Object orderId, String ceType) {
		consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
		return seen.stream()
			.filter(record -> orderId.toString().equals(record.key()))
			.filter(record -> ceType.equals(header(record, "ce_type")))
			.toList();
	}

	/** How many of these orders have an event of that type so far. */
	long count(Collection<?> orderIds, String ceType) {
		consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
		Set<String> keys = orderIds.stream().map(Object::toString).collect(Collectors.toSet());
		return seen.stream()
			.filter(record -> keys.contains(record.key()))
			.filter(record -> ceType.equals(header(record, "ce_type")))
			.count();
	}

	static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	JsonNode payload(ConsumerRecord<String, byte[]> record) {
		return json.readTree(record.value());
	}

	@Override
	public void close() {
		consumer.close();
	}

}
