package dev.foodmesh.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.infra.TestInfrastructure;

/**
 * Plays order-service: writes order events as its outbox relay does (key = order id,
 * CloudEvents binary-mode headers, the record as JSON), with a plain producer so the test
 * does not lean on the kit it checks.
 */
final class OrderEventsPublisher implements AutoCloseable {

	private final JsonMapper json = JsonMapper.builder().build();

	private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
					ProducerConfig.ACKS_CONFIG, "all"),
			new StringSerializer(), new ByteArraySerializer());

	ProducerRecord<String, byte[]> recordOf(OrderIntegrationEvent event) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ORDER_EVENTS, event.orderId().toString(),
				json.writeValueAsBytes(event));
		header(record, "ce_specversion", "1.0");
		header(record, "ce_id", event.eventId().toString());
		header(record, "ce_type", EventCatalog.forEvent(event).ceType());
		header(record, "ce_source", "/foodmesh/order-service");
		header(record, "ce_time", event.occurredAt().toString());
		header(record, "ce_subject", event.orderId().toString());
		header(record, "content-type", "application/json");
		return record;
	}

	void publish(OrderIntegrationEvent event) {
		send(recordOf(event));
	}

	void send(ProducerRecord<String, byte[]> record) {
		try {
			producer.send(record).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not publish " + record, ex);
		}
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		producer.close();
	}

}
