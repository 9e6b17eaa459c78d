package dev.foodmesh.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.KafkaProbe;
import dev.foodmesh.events.Topics;

import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 9: poison records on the order topic (bytes that are not JSON, and an event
 * type nobody knows) go to its dead-letter topic with the error in their headers, and the
 * consumers behind them go on with the next real order.
 */
@JourneyTest
@Order(7)
class PoisonRecordJourneyIT extends Journey {

	private static final String ORDER_EVENTS = Topics.ORDER_EVENTS;

	private final KafkaProbe kafka;

	PoisonRecordJourneyIT(Fleet fleet) {
		super(fleet);
		this.kafka = fleet.kafka();
	}

	@Test
	void shouldDeadLetterPoisonRecordsAndGoOnWithTheNextOrder() {
		List<Poison> poisons = new ArrayList<>();
		// on every partition, so that whichever partition the next order lands on, it
		// queues behind poison
		for (int partition = 0; partition < this.kafka.partitionCount(ORDER_EVENTS); partition++) {
			poisons.add(send(partition, "dev.foodmesh.order.created.v1",
					new byte[] { (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, '{', '{' }));
			UUID orderId = UUID.randomUUID();
			poisons.add(
					send(partition, "dev.foodmesh.order.teleported.v1",
							("{\"eventId\":\"" + UUID.randomUUID() + "\",\"orderId\":\"" + orderId
									+ "\",\"occurredAt\":\"" + Instant.now() + "\"}")
								.getBytes(StandardCharsets.UTF_8)));
		}

		UUID nextOrder = this.foodMesh.placeOrder(pizzaInBerlin());

		this.foodMesh.awaitStatus(nextOrder, DELIVERED);
		Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLetters = await(
				"every poison record in " + Topics.deadLetterOf(ORDER_EVENTS))
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.until(this::deadLettersById,
					(found) -> poisons.stream().allMatch((poison) -> found.containsKey(poison.id())));
		for (Poison poison : poisons) {
			for (ConsumerRecord<byte[], byte[]> deadLetter : deadLetters.get(poison.id())) {
				assertThat(deadLetter.value()).as("payload of %s", poison).isEqualTo(poison.value());
				assertThat(deadLetter.key()).as("key of %s", poison).isEqualTo(poison.key());
				assertThat(KafkaProbe.header(deadLetter, "ce_type")).isEqualTo(poison.type());
				assertErrorHeaders(deadLetter, poison);
			}
		}
	}

	/**
	 * The kit's dead-letter headers: why ({@code foodmesh-dlt-error}) and from where
	 * (topic, partition, offset).
	 */
	private static void assertErrorHeaders(ConsumerRecord<byte[], byte[]> deadLetter, Poison poison) {
		assertThat(KafkaProbe.header(deadLetter, "foodmesh-dlt-error")).as("error of %s", poison).isNotBlank();
		assertThat(KafkaProbe.header(deadLetter, "foodmesh-dlt-topic")).as("source topic of %s", poison)
			.isEqualTo(ORDER_EVENTS);
		assertThat(KafkaProbe.header(deadLetter, "foodmesh-dlt-partition")).as("source partition of %s", poison)
			.isEqualTo(Integer.toString(poison.partition()));
		assertThat(KafkaProbe.header(deadLetter, "foodmesh-dlt-offset")).as("source offset of %s", poison)
			.isEqualTo(Long.toString(poison.offset()));
	}

	private Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLettersById() {
		return this.kafka.readAll(List.of(Topics.deadLetterOf(ORDER_EVENTS)))
			.stream()
			.filter((record) -> KafkaProbe.header(record, "ce_id") != null)
			.collect(Collectors.groupingBy((record) -> KafkaProbe.header(record, "ce_id")));
	}

	private Poison send(int partition, String type, byte[] value) {
		String id = UUID.randomUUID().toString();
		byte[] key = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
		RecordHeaders headers = new RecordHeaders();
		headers.add("ce_specversion", bytes("1.0"));
		headers.add("ce_id", bytes(id));
		headers.add("ce_type", bytes(type));
		headers.add("ce_source", bytes("/foodmesh/e2e-tests"));
		headers.add("ce_time", bytes(Instant.now().toString()));
		headers.add("ce_subject", key);
		headers.add("content-type", bytes("application/json"));
		long offset = this.kafka.sendAndGetOffset(new ProducerRecord<>(ORDER_EVENTS, partition, key, value, headers));
		return new Poison(id, type, partition, offset, key, value);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private record Poison(String id, String type, int partition, long offset, byte[] key, byte[] value) {

		@Override
		public String toString() {
			return "poison " + this.type + " " + this.id + " at " + ORDER_EVENTS + "-" + this.partition + "@"
					+ this.offset;
		}

	}

}
