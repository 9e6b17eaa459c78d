package dev.foodmesh.messaging;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.messaging.consumer.EventConsumers;
import dev.foodmesh.messaging.testapp.HandlerScript;
import dev.foodmesh.messaging.testapp.KafkaProbe;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;
import dev.foodmesh.messaging.testapp.KitTestApplication;
import dev.foodmesh.messaging.testapp.Ledger;
import dev.foodmesh.messaging.testapp.Meters;

/**
 * What the consumer tests work with: the kit's consumers of the test application, the
 * handler's script and ledger, its database and meters, a producer, and an order of their
 * own. Each test leaves the consumers running, however it ended, for the next.
 */
@KitIntegrationTest
abstract class ConsumerTestbed {

	@Autowired
	EventConsumers consumers;

	@Autowired
	Ledger ledger;

	@Autowired
	HandlerScript script;

	@Autowired
	DatabaseClient database;

	@Autowired
	MeterRegistry meterRegistry;

	final KafkaProbe kafka = new KafkaProbe();

	final UUID orderId = UUID.randomUUID();

	@AfterEach
	void keepConsuming() {
		this.kafka.close();
		if (!this.consumers.isRunning()) {
			this.consumers.start();
		}
	}

	Meters meters() {
		return new Meters(this.meterRegistry);
	}

	/**
	 * The offset the consumers committed on a partition of the test topic, -1 if none.
	 */
	static long committedOffset(int partition) throws Exception {
		OffsetAndMetadata committed = TestInfrastructure.kafka()
			.admin()
			.listConsumerGroupOffsets("kit-test")
			.partitionsToOffsetAndMetadata()
			.get()
			.get(new TopicPartition(KitTestApplication.TOPIC, partition));
		return (committed == null) ? -1 : committed.offset();
	}

}
