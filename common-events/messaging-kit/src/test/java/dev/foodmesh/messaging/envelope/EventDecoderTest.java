package dev.foodmesh.messaging.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.foodmesh.events.Money;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	private static ConsumerRecord<byte[], byte[]> record(byte[] value, String ceType) {
		var record = new ConsumerRecord<byte[], byte[]>("foodmesh.payment.events.v1", 0, 0, null, value);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, ceType);
		return record;
	}

}
