package dev.foodmesh.order.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.EventJson;

/**
 * The real topics, as payment-service and delivery-service use them: publishes their
 * events in the CloudEvents binary envelope (key = order id) and reads what order-service
 * published.
 */
final class SagaTopics {

	private static final EventJson JSON = new EventJson();

	private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
					ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));

	/**
	 * Publishes an event as its producing service would, and waits for the broker's
	 * acknowledgement.
	 */
	void publish(IntegrationEvent event, String source) {
		EventCatalog.EventType type = EventCatalog.forEvent(event);
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.orderId().toString(),
				JSON.write(event));
		Headers headers = record.headers();
		CloudEventHeaders.add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(headers, CloudEventHeaders.ID, event.eventId().toString());
		CloudEventHeaders.add(headers, CloudEventHeaders.TYPE, type.ceType());
		CloudEventHeaders.add(headers, CloudEventHeaders.SOURCE, CloudEventHeaders.sourceOf(source));
		CloudEventHeaders.add(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
		CloudEventHeaders.add(headers, CloudEventHeaders.SUBJECT, event.orderId().toString());
		CloudEventHeaders.add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		try {
			this.producer.send(record).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("could not publish " + event, ex);
		}
	}

	/**
	 * Every record of {@code topic} keyed {@code orderId}, once {@code done} holds for
	 * them (30 s at most).
	 */
	static List<ConsumerRecord<String, byte[]>> records(String topic, UUID orderId,
			Predicate<List<ConsumerRecord<String, byte[]>>> done) {
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			return poll(consumer, orderId.toString(), done);
		}
	}

	static <E extends IntegrationEvent> E event(ConsumerRecord<String, byte[]> record, Class<E> type) {
		return JSON.read(record.value(), type);
	}

	static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static List<ConsumerRecord<String, byte[]>> poll(KafkaConsumer<String, byte[]> consumer, String key,
			Predicate<List<ConsumerRecord<String, byte[]>>> done) {
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(30);
		while (!done.test(found) && Instant.now().isBefore(deadline)) {
			consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
				if (key.equals(record.key())) {
					found.add(record);
				}
			});
		}
		return found;
	}

	private static KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(Map.of("bootstrap.servers", TestInfrastructure.bootstrapServers(),
				"key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class,
				"enable.auto.commit", false));
	}

}
