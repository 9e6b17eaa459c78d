package dev.foodmesh.messaging.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import dev.foodmesh.messaging.envelope.CloudEventHeaders;

/**
 * Runs inside {@code KafkaProducer.send}, where the OpenTelemetry agent's producer
 * instrumentation reads the current context: records, per {@code ce_id}, which span was
 * current there.
 */
public class TraceCapturingInterceptor implements ProducerInterceptor<byte[], byte[]> {

	private static final Map<String, SpanContext> CURRENT_AT_SEND = new ConcurrentHashMap<>();

	public static SpanContext currentAtSendOf(String eventId) {
		return CURRENT_AT_SEND.getOrDefault(eventId, SpanContext.getInvalid());
	}

	@Override
	public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
		String eventId = CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID);
		if (eventId != null) {
			CURRENT_AT_SEND.put(eventId, Span.current().getSpanContext());
		}
		return record;
	}

	@Override
	public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
	}

	@Override
	public void close() {
	}

	@Override
	public void configure(Map<String, ?> configs) {
	}

}
