package dev.foodmesh.messaging.outbox;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import reactor.kafka.sender.SenderRecord;

import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Turns an outbox row into the Kafka record consumers receive: key = order id, value =
 * the stored JSON, and the CloudEvents 1.0 binary-mode headers plus the stored W3C trace
 * context.
 */
final class OutboxRecords {

	private final String source;

	OutboxRecords(String serviceName) {
		this.source = CloudEventHeaders.sourceOf(serviceName);
	}

	SenderRecord<byte[], byte[], OutboxRow> toRecord(OutboxRow row) {
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(row.topic(), null,
				row.messageKey().getBytes(StandardCharsets.UTF_8), row.payload(), headers(row));
		return SenderRecord.create(record, row);
	}

	private Headers headers(OutboxRow row) {
		Headers headers = new RecordHeaders();
		CloudEventHeaders.add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(headers, CloudEventHeaders.ID, row.eventId().toString());
		CloudEventHeaders.add(headers, CloudEventHeaders.TYPE, row.ceType());
		CloudEventHeaders.add(headers, CloudEventHeaders.SOURCE, this.source);
		CloudEventHeaders.add(headers, CloudEventHeaders.TIME, row.occurredAt().toString());
		CloudEventHeaders.add(headers, CloudEventHeaders.SUBJECT, row.messageKey());
		CloudEventHeaders.add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
		TraceParent.of(row.traceparent(), row.tracestate()).ifPresent((trace) -> trace.addTo(headers));
		return headers;
	}

}
