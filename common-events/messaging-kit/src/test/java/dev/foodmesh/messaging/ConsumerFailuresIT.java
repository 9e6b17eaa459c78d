package dev.foodmesh.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.messaging.consumer.EventConsumers;
import dev.foodmesh.messaging.testapp.HandlerScript;
import dev.foodmesh.messaging.testapp.KafkaProbe;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;
import dev.foodmesh.messaging.testapp.Ledger;
import dev.foodmesh.messaging.testapp.Meters;

import static dev.foodmesh.messaging.testapp.Events.authorized;
import static dev.foodmesh.messaging.testapp.KitTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KitIntegrationTest
class ConsumerFailuresIT {

	@Autowired
	private EventConsumers consumers;

	@Autowired
	private Ledger ledger;

	@Autowired
	private HandlerScript script;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private MeterRegistry meterRegistry;

	private final KafkaProbe kafka = new KafkaProbe();

	private final UUID orderId = UUID.randomUUID();

	@AfterEach
	void keepConsuming() {
		this.kafka.close();
		if (!this.consumers.isRunning()) {
			this.consumers.start();
		}
	}

	@Test
	void shouldRetryATransientHandlerFailureWithoutSkippingTheEvent() {
		PaymentAuthorizedEvent flaky = authorized(this.orderId);
		PaymentAuthorizedEvent next = authorized(this.orderId);
		this.script.failTransiently(flaky.eventId(), 3);

		this.kafka.send(TOPIC, flaky);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId))
			.containsExactly(flaky.eventId(), next.eventId()));
	}

	@Test
	void shouldRetryWhenPostgresTerminatesTheHandlersConnection() {
		PaymentAuthorizedEvent cutOff = authorized(this.orderId);
		PaymentAuthorizedEvent next = authorized(this.orderId);
		this.script.terminateBackendOnce(cutOff.eventId());

		this.kafka.send(TOPIC, cutOff);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId))
			.containsExactly(cutOff.eventId(), next.eventId()));
	}

	@Test
	void shouldReprocessWithoutDoubleEffectsAfterBeingKilledMidBatchAndAfterAReplay() {
		List<PaymentAuthorizedEvent> events = IntStream.range(0, 5).mapToObj((i) -> authorized(this.orderId)).toList();
		HandlerScript.Hold hold = this.script.hold(events.get(2).eventId());
		events.forEach((event) -> this.kafka.send(TOPIC, event));
		await().untilTrue(hold.entered());

		// the held batch never finishes: the stop gives up after the shutdown timeout and cancels it, uncommitted
		stopAndWait();
		this.script.clear(events.get(2).eventId());
		this.consumers.start();

		List<UUID> ids = events.stream().map(PaymentAuthorizedEvent::eventId).toList();
		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactlyElementsOf(ids));

		double duplicatesBefore = new Meters(this.meterRegistry).count("foodmesh.events.duplicates", "topic", TOPIC);
		stopAndWait();
		replayTopicFromTheStart();
		this.consumers.start();

		await().untilAsserted(() -> assertThat(new Meters(this.meterRegistry).count("foodmesh.events.duplicates",
				"topic", TOPIC))
			.isGreaterThanOrEqualTo(duplicatesBefore + ids.size()));
		assertThat(this.ledger.applied(this.orderId)).containsExactlyElementsOf(ids);
		assertThat(eventsAppliedMoreThanOnce()).isZero();
	}

	@Test
	void shouldFinishAndCommitTheBatchInFlightWhenStoppedGracefully() throws Exception {
		PaymentAuthorizedEvent inFlight = authorized(this.orderId);
		HandlerScript.Hold hold = this.script.hold(inFlight.eventId());
		this.kafka.send(TOPIC, inFlight);
		await().untilTrue(hold.entered());

		AtomicBoolean stopped = new AtomicBoolean();
		this.consumers.stop(() -> stopped.set(true));
		hold.release();
		await().untilTrue(stopped);

		assertThat(this.ledger.applied(this.orderId)).containsExactly(inFlight.eventId());
		this.kafka.reading(TOPIC);
		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId)).hasSize(1));
		ConsumerRecord<byte[], byte[]> record = this.kafka.records(this.orderId).get(0);
		TopicPartition partition = new TopicPartition(TOPIC, record.partition());
		assertThat(TestInfrastructure.kafka()
			.admin()
			.listConsumerGroupOffsets("kit-test")
			.partitionsToOffsetAndMetadata()
			.get()
			.get(partition)
			.offset()).isGreaterThan(record.offset());
	}

	private void stopAndWait() {
		AtomicBoolean stopped = new AtomicBoolean();
		this.consumers.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
	}

	// as if the consumer had crashed after every commit but before any offset commit
	private static void replayTopicFromTheStart() {
		Map<TopicPartition, OffsetAndMetadata> start = IntStream.range(0, 3)
			.mapToObj((partition) -> new TopicPartition(TOPIC, partition))
			.collect(Collectors.toMap(Function.identity(), (partition) -> new OffsetAndMetadata(0)));
		// the group accepts new offsets once the stopped consumer has left it
		await().ignoreExceptions().until(() -> {
			TestInfrastructure.kafka().admin().alterConsumerGroupOffsets("kit-test", start).all().get();
			return true;
		});
	}

	private long eventsAppliedMoreThanOnce() {
		return this.database
			.sql("select count(*) from (select event_id from ledger where type <> 'own' group by event_id having count(*) > 1) twice")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
