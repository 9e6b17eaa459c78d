package dev.foodmesh.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.foodmesh.messaging.envelope.CloudEventHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRecordsTest {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private final OutboxRecords records = new OutboxRecords("payment-service");

	@Test
	void shouldPublishTheStoredJsonKeyedByOrderWithCloudEventsHeaders() {
		UUID eventId = UUID.randomUUID();
		String orderId = UUID.randomUUID().toString();
		byte[] payload = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
		var row = new OutboxRow(7, eventId, "foodmesh.payment.events.v1", orderId, "dev.foodmesh.payment.declined.v1",
				payload, TRACEPARENT, "vendor=1", Instant.parse("2026-11-25T12:00:00Z"), Duration.ZERO);

		var record = this.records.toRecord(row);

		assertThat(record.topic()).isEqualTo("foodmesh.payment.events.v1");
		assertThat(record.key()).isEqualTo(orderId.getBytes(StandardCharsets.UTF_8));
		assertThat(record.value()).isSameAs(payload);
		assertThat(record.correlationMetadata()).isSameAs(row);
		assertThat(header(record.headers(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(record.headers(), CloudEventHeaders.ID)).isEqualTo(eventId.toString());
		assertThat(header(record.headers(), CloudEventHeaders.TYPE)).isEqualTo("dev.foodmesh.payment.declined.v1");
		assertThat(header(record.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/foodmesh/payment-service");
		assertThat(header(record.headers(), CloudEventHeaders.TIME)).isEqualTo("2026-11-25T12:00:00Z");
		assertThat(header(record.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(orderId);
		assertThat(header(record.headers(), CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(header(record.headers(), CloudEventHeaders.TRACEPARENT)).isEqualTo(TRACEPARENT);
		assertThat(header(record.headers(), CloudEventHeaders.TRACESTATE)).isEqualTo("vendor=1");
	}

	@Test
	void shouldSendNoTraceHeadersForARowWrittenOutsideATrace() {
		var row = new OutboxRow(8, UUID.randomUUID(), "foodmesh.order.events.v1", UUID.randomUUID().toString(),
				"dev.foodmesh.order.paid.v1", new byte[0], null, null, Instant.EPOCH, Duration.ZERO);

		var record = this.records.toRecord(row);

		assertThat(record.headers().lastHeader(CloudEventHeaders.TRACEPARENT)).isNull();
		assertThat(record.headers().lastHeader(CloudEventHeaders.TRACESTATE)).isNull();
	}

	private static String header(org.apache.kafka.common.header.Headers headers, String name) {
		return CloudEventHeaders.text(headers, name);
	}

}
