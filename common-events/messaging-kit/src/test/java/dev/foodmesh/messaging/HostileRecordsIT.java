package dev.foodmesh.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.Topics;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.testapp.ConsumerRestarts;
import dev.foodmesh.messaging.testapp.KafkaProbe;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;
import dev.foodmesh.messaging.testapp.Ledger;
import dev.foodmesh.messaging.testapp.Meters;

import static dev.foodmesh.messaging.testapp.Events.authorized;
import static dev.foodmesh.messaging.testapp.KitTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9: whatever a record on a consumed topic looks like, it ends applied or in the
 * dead-letter topic, and the next record of its partition is applied. Each hostile record
 * is followed, on the same partition, by a good event; the consumer must dead-letter the
 * first with its origin and reason, apply the second, never restart, and tag its
 * dead-letter counter only with the topic's own event types or {@code unknown}.
 */
@KitIntegrationTest
class HostileRecordsIT {

	private static final String AUTHORIZED = "dev.foodmesh.payment.authorized.v1";

	private static final String UNKNOWN = "unknown";

	private static final String UNDECODABLE = "dev.foodmesh.messaging.envelope.UndecodableEventException: ";

	private static final EventJson JSON = new EventJson();

	@Autowired
	private Ledger ledger;

	@Autowired
	private MeterRegistry meterRegistry;

	private final KafkaProbe kafka = new KafkaProbe();

	private final KafkaProbe deadLetters = new KafkaProbe().reading(Topics.deadLetterOf(TOPIC));

	@AfterEach
	void closeProbes() {
		this.kafka.close();
		this.deadLetters.close();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileRecords")
	void shouldDeadLetterTheHostileRecordAndApplyTheNextEventOfItsPartitionWithoutRestarting(Hostile hostile) {
		UUID orderId = UUID.randomUUID();
		int partition = Math.floorMod(orderId.hashCode(), 3);
		PaymentAuthorizedEvent good = authorized(orderId);
		double deadLetteredBefore = deadLettered(hostile.countedAs());

		try (ConsumerRestarts restarts = ConsumerRestarts.watch(this.meterRegistry, TOPIC)) {
			ProducerRecord<byte[], byte[]> sent = hostile.record(new Target(partition, orderId));
			RecordMetadata landed = this.kafka.sendRaw(sent);
			this.kafka.sendRaw(goodRecord(partition, good));

			await().untilAsserted(() -> assertThat(this.ledger.applied(orderId)).containsExactly(good.eventId()));
			ConsumerRecord<byte[], byte[]> deadLetter = await().until(() -> deadLetterOf(landed),
					(found) -> found != null);
			assertThat(deadLetter.key()).isEqualTo(sent.key());
			assertThat(deadLetter.value()).isEqualTo(sent.value());
			assertThat(originalHeaders(deadLetter)).containsExactlyElementsOf(describe(sent.headers().toArray()));
			assertThat(text(deadLetter, DeadLetterHeaders.ERROR)).startsWith(UNDECODABLE)
				.contains(hostile.reason())
				.hasSizeLessThan(4096);
			assertThat(text(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(TOPIC);
			await().untilAsserted(
					() -> assertThat(deadLettered(hostile.countedAs())).isGreaterThanOrEqualTo(deadLetteredBefore + 1));
			assertThat(deadLetterTypeTags()).isSubsetOf(boundedTypeTags());
			assertThat(restarts.logged()).as("consumer restarts logged").isEmpty();
			assertThat(restarts.counted()).as("consumer restarts counted").isZero();
		}
	}

	static Stream<Hostile> hostileRecords() {
		return Stream.of(
				new Hostile("no value (a Kafka null)", AUTHORIZED, "no payload",
						(target) -> target.record(target.key(), null, target.headers(AUTHORIZED))),
				new Hostile("the JSON text null", AUTHORIZED, "JSON null",
						(target) -> target.record(target.key(), utf8("null"), target.headers(AUTHORIZED))),
				new Hostile("an empty byte array", AUTHORIZED, "empty payload",
						(target) -> target.record(target.key(), new byte[0], target.headers(AUTHORIZED))),
				new Hostile("an empty JSON object", AUTHORIZED, "no eventId",
						(target) -> target.record(target.key(), utf8("{}"), target.headers(AUTHORIZED))),
				new Hostile("fields of the wrong JSON types", AUTHORIZED, "not a valid PaymentAuthorizedEvent",
						(target) -> target.record(target.key(),
								utf8("{\"eventId\":42,\"orderId\":true,\"amount\":\"lots\"}"),
								target.headers(AUTHORIZED))),
				new Hostile("a JSON array", AUTHORIZED, "not a valid PaymentAuthorizedEvent",
						(target) -> target.record(target.key(), utf8("[" + target.eventJson() + "]"),
								target.headers(AUTHORIZED))),
				new Hostile("a JSON string", AUTHORIZED, "not a valid PaymentAuthorizedEvent",
						(target) -> target.record(target.key(), utf8("\"PaymentAuthorized\""),
								target.headers(AUTHORIZED))),
				new Hostile("no headers at all", UNKNOWN, "no ce_type",
						(target) -> target.record(target.key(), utf8(target.eventJson()), new RecordHeaders())),
				new Hostile("a ce_type that is not UTF-8", UNKNOWN, "ce_type is not UTF-8",
						(target) -> target.record(target.key(), utf8(target.eventJson()),
								target.headers(new byte[] { 'd', 'e', 'v', (byte) 0xc3, (byte) 0x28, (byte) 0xff }))),
				new Hostile("an unknown ce_type", UNKNOWN, "Unknown ce_type dev.foodmesh.payment.teleported.v1",
						(target) -> target.record(target.key(), utf8(target.eventJson()),
								target.headers("dev.foodmesh.payment.teleported.v1"))),
				new Hostile("a random ce_type", UNKNOWN, "Unknown ce_type drill.",
						(target) -> target.record(target.key(), utf8(target.eventJson()),
								target.headers("drill." + UUID.randomUUID()))),
				new Hostile("an unknown type version", UNKNOWN, "Unknown ce_type dev.foodmesh.payment.authorized.v9",
						(target) -> target.record(target.key(), utf8(target.eventJson()),
								target.headers("dev.foodmesh.payment.authorized.v9"))),
				new Hostile("a type of another topic", UNKNOWN, "is not a PaymentIntegrationEvent",
						(target) -> target.record(target.key(), utf8(target.eventJson()),
								target.headers("dev.foodmesh.order.paid.v1"))),
				new Hostile("a 600 kB ce_type", UNKNOWN, "Unknown ce_type dev.foodmesh.payment.xxxx",
						(target) -> target.record(target.key(), utf8(target.eventJson()),
								target.headers("dev.foodmesh.payment." + "x".repeat(600_000) + ".v1"))),
				new Hostile("no key", AUTHORIZED, "no key",
						(target) -> target.record(null, utf8(target.eventJson()), target.headers(AUTHORIZED))),
				new Hostile("the key of another order", AUTHORIZED, "key is not the event's order id",
						(target) -> target.record(utf8(UUID.randomUUID().toString()), utf8(target.eventJson()),
								target.headers(AUTHORIZED))));
	}

	private static ProducerRecord<byte[], byte[]> goodRecord(int partition, PaymentAuthorizedEvent event) {
		RecordHeaders headers = new Target(partition, event.orderId()).headers(AUTHORIZED);
		return new ProducerRecord<>(TOPIC, partition, utf8(event.orderId().toString()), JSON.write(event), headers);
	}

	private @Nullable ConsumerRecord<byte[], byte[]> deadLetterOf(RecordMetadata landed) {
		return this.deadLetters.all()
			.stream()
			.filter((record) -> String.valueOf(landed.partition()).equals(text(record, DeadLetterHeaders.PARTITION))
					&& String.valueOf(landed.offset()).equals(text(record, DeadLetterHeaders.OFFSET))
					&& TOPIC.equals(text(record, DeadLetterHeaders.TOPIC)))
			.findFirst()
			.orElse(null);
	}

	private double deadLettered(String type) {
		return new Meters(this.meterRegistry).count("foodmesh.events.dead.lettered", "consumer", "kit-test", "topic",
				TOPIC, "type", type);
	}

	private Set<String> deadLetterTypeTags() {
		return this.meterRegistry.find("foodmesh.events.dead.lettered")
			.tags("consumer", "kit-test")
			.counters()
			.stream()
			.map((counter) -> counter.getId().getTag("type"))
			.collect(Collectors.toSet());
	}

	// the event types of the consumed topic, and unknown
	private static Set<String> boundedTypeTags() {
		return Stream
			.concat(EventCatalog.all()
				.stream()
				.filter((type) -> type.topic().equals(Topics.PAYMENT_EVENTS))
				.map(EventCatalog.EventType::ceType), Stream.of(UNKNOWN))
			.collect(Collectors.toSet());
	}

	private static List<String> originalHeaders(ConsumerRecord<byte[], byte[]> deadLetter) {
		return describe(Arrays.stream(deadLetter.headers().toArray())
			.filter((header) -> !header.key().startsWith(DeadLetterHeaders.PREFIX))
			.toArray(Header[]::new));
	}

	private static List<String> describe(Header[] headers) {
		return Arrays.stream(headers).map((header) -> header.key() + "=" + Arrays.toString(header.value())).toList();
	}

	private static @Nullable String text(ConsumerRecord<byte[], byte[]> record, String name) {
		return CloudEventHeaders.text(record.headers(), name);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A hostile record, the dead-letter counter's type tag it must count under, and the
	 * reason it must give.
	 */
	record Hostile(String name, String countedAs, String reason,
			Function<Target, ProducerRecord<byte[], byte[]>> maker) {

		ProducerRecord<byte[], byte[]> record(Target target) {
			return this.maker.apply(target);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Where a hostile record goes: an explicit partition (a record without key has none
	 * otherwise) and order.
	 */
	record Target(int partition, UUID orderId) {

		byte[] key() {
			return utf8(this.orderId.toString());
		}

		String eventJson() {
			return new String(JSON.write(authorized(this.orderId)), StandardCharsets.UTF_8);
		}

		RecordHeaders headers(String ceType) {
			return headers(utf8(ceType));
		}

		RecordHeaders headers(byte[] ceType) {
			RecordHeaders headers = new RecordHeaders();
			headers.add(CloudEventHeaders.SPEC_VERSION, utf8(CloudEventHeaders.SPEC_VERSION_1_0));
			headers.add(CloudEventHeaders.ID, utf8(UUID.randomUUID().toString()));
			headers.add(CloudEventHeaders.TYPE, ceType);
			headers.add(CloudEventHeaders.SOURCE, utf8("/foodmesh/hostile-records-it"));
			headers.add(CloudEventHeaders.SUBJECT, key());
			headers.add(CloudEventHeaders.CONTENT_TYPE, utf8(CloudEventHeaders.APPLICATION_JSON));
			headers.add(CloudEventHeaders.TRACEPARENT,
					utf8("00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01"));
			return headers;
		}

		ProducerRecord<byte[], byte[]> record(byte @Nullable [] key, byte @Nullable [] value, RecordHeaders headers) {
			return new ProducerRecord<>(TOPIC, this.partition, key, value, headers);
		}

	}

}
