package dev.foodmesh.testsupport;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;

/**
 * Records as a service's outbox relay publishes them (key = order id, CloudEvents 1.0
 * binary-mode headers, the event record as JSON: docs/conventions.md, "Kafka"), for a
 * test that plays the service owning a topic. Written out here, not taken from the
 * messaging kit, so that a test of a consumer does not lean on the kit it checks.
 */
public final class CloudEventRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CloudEventRecords() {
	}

	/**
	 * {@code event} on {@code topic}, as {@code producer} (e.g. "order-service") sends
	 * it.
	 */
	public static ProducerRecord<String, byte[]> of(String topic, IntegrationEvent event, String producer) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.orderId().toString(),
				JSON.writeValueAsBytes(event));
		header(record, "ce_specversion", "1.0");
		header(record, "ce_id", event.eventId().toString());
		header(record, "ce_type", EventCatalog.forEvent(event).ceType());
		header(record, "ce_source", "/foodmesh/" + producer);
		header(record, "ce_time", event.occurredAt().toString());
		header(record, "ce_subject", event.orderId().toString());
		header(record, "content-type", "application/json");
		return record;
	}

	/** Adds a text header, e.g. a {@code traceparent}. */
	public static ProducerRecord<String, byte[]> header(ProducerRecord<String, byte[]> record, String name,
			String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
		return record;
	}

}
