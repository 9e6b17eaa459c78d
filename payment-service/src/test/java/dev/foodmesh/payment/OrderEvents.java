package dev.foodmesh.payment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.foodmesh.events.Address;
import dev.foodmesh.events.Money;
import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.events.order.OrderLine;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.testsupport.CloudEventRecords;

/**
 * Plays order-service: builds order events and publishes them as its outbox relay does
 * (key = order id, CloudEvents binary-mode headers, the record as JSON), with a plain
 * producer.
 */
final class OrderEvents implements AutoCloseable {

	static final Money TOTAL = new Money(1900, "EUR");

	private final KafkaProducer<String, byte[]> producer;

	OrderEvents(String bootstrapServers) {
		producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new ByteArraySerializer());
	}

	static OrderCreatedEvent created(UUID orderId, String paymentToken) {
		Money unitPrice = new Money(950, "EUR");
		return new OrderCreatedEvent(UUID.randomUUID(), orderId, now(),
				UUID.fromString("11111111-1111-4111-8111-111111111111"),
				UUID.fromString("22222222-2222-4222-8222-222222222221"), "Berlin",
				List.of(new OrderLine(UUID.fromString("33333333-3333-4333-8333-333333333311"), "Margherita", 2,
						unitPrice, TOTAL)),
				TOTAL, new Address("Torstr. 1", "Berlin", "10119"), paymentToken);
	}

	static OrderPaidEvent paid(UUID orderId) {
		return new OrderPaidEvent(UUID.randomUUID(), orderId, now(), UUID.randomUUID(),
				UUID.fromString("22222222-2222-4222-8222-222222222221"), "Berlin",
				new Address("Torstr. 1", "Berlin", "10119"));
	}

	static OrderCancelledEvent cancelled(UUID orderId, String reason) {
		return new OrderCancelledEvent(UUID.randomUUID(), orderId, now(), reason, true, false);
	}

	/**
	 * The same event published again: what a relay that crashed before marking its row
	 * does. All are sent before any is awaited, so events of one order usually reach the
	 * consumer in one batch.
	 */
	void publish(OrderIntegrationEvent... events) throws Exception {
		List<Future<RecordMetadata>> sent = new ArrayList<>();
		for (OrderIntegrationEvent event : events) {
			sent.add(producer.send(record(event)));
		}
		for (Future<RecordMetadata> one : sent) {
			one.get(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() {
		producer.close();
	}

	private ProducerRecord<String, byte[]> record(OrderIntegrationEvent event) {
		return CloudEventRecords.header(CloudEventRecords.of(Topics.ORDER_EVENTS, event, "order-service"),
				"traceparent", "00-" + randomHex(16) + "-" + randomHex(8) + "-01");
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
