package dev.foodmesh.delivery;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.CloudEventRecords;

/**
 * Plays order-service: writes order events as its outbox relay does (key = order id,
 * CloudEvents binary-mode headers, the record as JSON), with a plain producer so the test
 * does not lean on the kit it checks.
 */
final class OrderEventsPublisher implements AutoCloseable {

	private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
					ProducerConfig.ACKS_CONFIG, "all"),
			new StringSerializer(), new ByteArraySerializer());

	ProducerRecord<String, byte[]> recordOf(OrderIntegrationEvent event) {
		return CloudEventRecords.of(Topics.ORDER_EVENTS, event, "order-service");
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

	@Override
	public void close() {
		producer.close();
	}

}
