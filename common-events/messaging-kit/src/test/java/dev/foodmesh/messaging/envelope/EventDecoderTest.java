package dev.foodmesh.messaging.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.foodmesh.events.Money;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class EventDecoderTest {

	private static final String AUTHORIZED = "dev.foodmesh.payment.authorized.v1";

	private final EventJson json = new EventJson();

	private final EventDecoder decoder = new EventDecoder(this.json);

	private final PaymentAuthorizedEvent authorized = new PaymentAuthorizedEvent(UUID.randomUUID(), UUID.randomUUID(),
			Instant.parse("2026-11-25T12:00:00Z"), UUID.randomUUID(), new Money(1900, "EUR"));

	@Test
	void shouldDecodeARecordIntoTheEventNamedByItsCeType() {
		var record = record(this.json.write(this.authorized), AUTHORIZED);

		PaymentIntegrationEvent event = this.decoder.decode(record, PaymentIntegrationEvent.class);

		assertThat(event).isEqualTo(this.authorized);
	}

	@Test
	void shouldRejectARecordWithoutCeType() {
		var record = record(this.json.write(this.authorized), null);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("no ce_type");
	}

	@Test
	void shouldRejectAnUnknownTypeVersion() {
		var record = record(this.json.write(this.authorized), "dev.foodmesh.payment.authorized.v9");

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("Unknown ce_type dev.foodmesh.payment.authorized.v9");
	}

	@Test
	void shouldRejectATypeThatBelongsToAnotherTopic() {
		var record = record(this.json.write(this.authorized), "dev.foodmesh.order.paid.v1");

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("is not a PaymentIntegrationEvent");
	}

	@Test
	void shouldRejectAPayloadThatIsNotJsonOfTheType() {
		var record = record("{\"eventId\": 42,".getBytes(StandardCharsets.UTF_8), AUTHORIZED);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("not a valid PaymentAuthorizedEvent");
	}

	@Test
	void shouldRejectAnEventWithoutItsId() {
		var record = record("{\"orderId\": \"%s\"}".formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
				AUTHORIZED);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("no eventId");
	}

	@Test
	void shouldRejectAnotherCloudEventsSpecVersion() {
		var record = record(this.json.write(this.authorized), AUTHORIZED);
		record.headers().remove(CloudEventHeaders.SPEC_VERSION);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.SPEC_VERSION, "0.3");

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("ce_specversion 0.3");
	}

	@ParameterizedTest
	@MethodSource("hostilePayloads")
	void shouldRejectEveryPayloadThatIsNotAnEventAsUndecodableNeverWithAnotherException(byte[] payload, String reason) {
		var record = record(payload, AUTHORIZED);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageContaining(reason);
	}

	static Stream<Arguments> hostilePayloads() {
		String orderId = UUID.randomUUID().toString();
		return Stream.of(argumentSet("no value (a tombstone)", null, "no payload"),
				argumentSet("empty bytes", new byte[0], "empty payload"),
				argumentSet("only whitespace", utf8("  \n "), "not a valid PaymentAuthorizedEvent"),
				argumentSet("JSON null", utf8("null"), "JSON null"),
				argumentSet("JSON null with whitespace", utf8(" null\n"), "JSON null"),
				argumentSet("an empty object", utf8("{}"), "no eventId"),
				argumentSet("a string", utf8("\"dev.foodmesh\""), "not a valid PaymentAuthorizedEvent"),
				argumentSet("a number", utf8("42"), "not a valid PaymentAuthorizedEvent"),
				argumentSet("a boolean", utf8("true"), "not a valid PaymentAuthorizedEvent"),
				argumentSet("an empty array", utf8("[]"), "not a valid PaymentAuthorizedEvent"),
				argumentSet("an array of the event",
						utf8("[{\"eventId\":\"%s\",\"orderId\":\"%s\"}]".formatted(UUID.randomUUID(), orderId)),
						"not a valid PaymentAuthorizedEvent"),
				argumentSet("ids of the wrong JSON type", utf8("{\"eventId\":42,\"orderId\":true}"),
						"not a valid PaymentAuthorizedEvent"),
				argumentSet("ids that are no UUIDs", utf8("{\"eventId\":\"x\",\"orderId\":\"y\"}"),
						"not a valid PaymentAuthorizedEvent"),
				argumentSet("a nested field of the wrong type",
						utf8("{\"eventId\":\"%s\",\"orderId\":\"%s\",\"amount\":[1,2]}".formatted(UUID.randomUUID(),
								orderId)),
						"not a valid PaymentAuthorizedEvent"),
				argumentSet("a time that is no time",
						utf8("{\"eventId\":\"%s\",\"orderId\":\"%s\",\"occurredAt\":\"yesterday\"}"
							.formatted(UUID.randomUUID(), orderId)),
						"not a valid PaymentAuthorizedEvent"),
				argumentSet("bytes that are not UTF-8",
						new byte[] { (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef },
						"not a valid PaymentAuthorizedEvent"),
				argumentSet("JSON nested too deep", utf8("[".repeat(100_000)), "not a valid PaymentAuthorizedEvent"),
				argumentSet("a number too long to read", utf8("{\"amount\":{\"amount\":" + "9".repeat(5_000) + "}}"),
						"not a valid PaymentAuthorizedEvent"));
	}

	@Test
	void shouldRejectARecordWithoutAnyHeader() {
		var record = new ConsumerRecord<byte[], byte[]>("foodmesh.payment.events.v1", 0, 0,
				utf8(this.authorized.orderId().toString()), this.json.write(this.authorized));

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("no ce_type");
	}

	@Test
	void shouldRejectACeTypeHeaderWithoutValue() {
		var record = record(this.json.write(this.authorized), null);
		record.headers().add(CloudEventHeaders.TYPE, null);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("no ce_type");
	}

	@Test
	void shouldRejectACeTypeThatIsNotUtf8() {
		var record = record(this.json.write(this.authorized), null);
		record.headers().add(CloudEventHeaders.TYPE, new byte[] { 'd', 'e', 'v', (byte) 0xc3, (byte) 0x28 });

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("ce_type is not UTF-8");
	}

	@Test
	void shouldRejectASpecVersionThatIsNotUtf8() {
		var record = record(this.json.write(this.authorized), AUTHORIZED);
		record.headers().remove(CloudEventHeaders.SPEC_VERSION);
		record.headers().add(CloudEventHeaders.SPEC_VERSION, new byte[] { (byte) 0xff, '1' });

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("ce_specversion is not UTF-8");
	}

	@Test
	void shouldQuoteAnUnknownCeTypeOnlyUpToABoundedLength() {
		String huge = "dev.foodmesh.payment." + "x".repeat(100_000) + ".v1";
		var record = record(this.json.write(this.authorized), huge);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageStartingWith("Unknown ce_type dev.foodmesh.payment.xxx")
			.satisfies((failure) -> assertThat(failure.getMessage()).hasSizeLessThan(300));
	}

	@Test
	void shouldRejectARecordWithoutKey() {
		var record = record(this.json.write(this.authorized), AUTHORIZED, null);

		assertThatThrownBy(() -> this.decoder.decode(record, PaymentIntegrationEvent.class))
			.isExactlyInstanceOf(UndecodableEventException.class)
			.hasMessageContaining("no key");
	}

	@Test
	void shouldRejectARecordWhoseKeyIsNotTheEventsOrderId() {
		var otherOrder = record(this.json.write(this.authorized), AUTHORIZED, utf8(UUID.randomUUID().toString()));
		var notUtf8 = record(this.json.write(this.authorized), AUTHORIZED, new byte[] { (byte) 0xff, 0 });

		for (var record : new ConsumerRecord[] { otherOrder, notUtf8 }) {
			@SuppressWarnings("unchecked")
			ConsumerRecord<byte[], byte[]> typed = record;
			assertThatThrownBy(() -> this.decoder.decode(typed, PaymentIntegrationEvent.class))
				.isExactlyInstanceOf(UndecodableEventException.class)
				.hasMessageContaining("key is not the event's order id");
		}
	}

	private ConsumerRecord<byte[], byte[]> record(byte[] value, String ceType) {
		return record(value, ceType, utf8(this.authorized.orderId().toString()));
	}

	private static ConsumerRecord<byte[], byte[]> record(byte[] value, String ceType, byte[] key) {
		var record = new ConsumerRecord<byte[], byte[]>("foodmesh.payment.events.v1", 0, 0, key, value);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, ceType);
		return record;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
