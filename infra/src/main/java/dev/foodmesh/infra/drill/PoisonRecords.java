package dev.foodmesh.infra.drill;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Feeds {@link PoisonShape}s to every event topic and afterwards counts, from the
 * {@code .dlt} topics, which of them were dead-lettered by every consumer group of their
 * topic.
 */
final class PoisonRecords implements AutoCloseable {

	/**
	 * Consumer groups per topic, each of which dead-letters a poison record on its own
	 * (ARCHITECTURE.md's saga).
	 */
	private static final Map<String, Integer> CONSUMERS = Map.of(Topics.ORDER_EVENTS, 2, Topics.PAYMENT_EVENTS, 1,
			Topics.DELIVERY_EVENTS, 1);

	/** What the dead-letter topics hold of this run's poison. */
	record Outcome(int injected, int deadLettered, int deadLetters) {

		int missing() {
			return this.injected - this.deadLettered;
		}

	}

	private final String runId;

	private final KafkaProducer<byte[], byte[]> producer;

	private final AtomicInteger sequence = new AtomicInteger();

	/** Poison record marker → its topic, for every record Kafka acknowledged. */
	private final Map<String, String> injected = new ConcurrentHashMap<>();

	PoisonRecords(int kafkaPort, String runId) {
		this.runId = runId;
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
		this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

	/**
	 * One round: every shape on every event topic. Returns how many Kafka acknowledged.
	 */
	int inject(List<PoisonShape> shapes) {
		int sent = 0;
		for (String topic : CONSUMERS.keySet()) {
			String own = typeOf(topic, true);
			String foreign = typeOf(topic, false);
			for (PoisonShape shape : shapes) {
				String marker = this.runId + ":" + this.sequence.incrementAndGet();
				try {
					this.producer.send(shape.record(topic, own, foreign, marker)).get(60, TimeUnit.SECONDS);
					this.injected.put(marker, topic);
					sent++;
				}
				catch (ExecutionException | TimeoutException ex) {
					System.out.println("  could not send poison " + shape + " to " + topic + ": " + ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return sent;
				}
			}
		}
		return sent;
	}

	/**
	 * Reads the three {@code .dlt} topics: a poison record counts once each of its
	 * topic's groups dead-lettered it.
	 */
	Outcome outcome(TopicReader reader) {
		Map<String, Integer> copies = new HashMap<>();
		for (String topic : CONSUMERS.keySet()) {
			reader.readAll(Topics.deadLetterOf(topic), (record) -> {
				Header marker = record.headers().lastHeader(PoisonShape.MARKER);
				if (marker != null) {
					copies.merge(new String(marker.value(), StandardCharsets.UTF_8), 1, Integer::sum);
				}
			});
		}
		int complete = (int) this.injected.entrySet()
			.stream()
			.filter((poison) -> copies.getOrDefault(poison.getKey(), 0) >= CONSUMERS.get(poison.getValue()))
			.count();
		int deadLetters = copies.entrySet()
			.stream()
			.filter((copy) -> copy.getKey().startsWith(this.runId + ":"))
			.mapToInt(Map.Entry::getValue)
			.sum();
		return new Outcome(this.injected.size(), complete, deadLetters);
	}

	@Override
	public void close() {
		this.producer.close();
	}

	private static String typeOf(String topic, boolean own) {
		return EventCatalog.all()
			.stream()
			.filter((type) -> type.topic().equals(topic) == own)
			.findFirst()
			.orElseThrow()
			.ceType();
	}

}
