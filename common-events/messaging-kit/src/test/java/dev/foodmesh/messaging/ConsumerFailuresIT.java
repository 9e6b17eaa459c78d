package dev.foodmesh.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.messaging.consumer.ConsumersHealthIndicator;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.testapp.ConsumerRestarts;
import dev.foodmesh.messaging.testapp.HandlerScript;
import dev.foodmesh.messaging.testapp.KafkaProbe;

import static dev.foodmesh.messaging.testapp.Events.authorized;
import static dev.foodmesh.messaging.testapp.KitTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerFailuresIT extends ConsumerTestbed {

	@Autowired
	private ConsumersHealthIndicator consumersHealth;

	private static final EventJson JSON = new EventJson();

	@Test
	void shouldRetryATransientHandlerFailureWithoutSkippingTheEvent() {
		PaymentAuthorizedEvent flaky = authorized(this.orderId);
		PaymentAuthorizedEvent next = authorized(this.orderId);
		this.script.failTransiently(flaky.eventId(), 3);

		this.kafka.send(TOPIC, flaky);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(
				() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(flaky.eventId(), next.eventId()));
	}

	@Test
	void shouldReportAPartitionThatMakesNoProgressAndRecoverWhenItMovesAgain() {
		PaymentAuthorizedEvent stuck = authorized(this.orderId);
		HandlerScript.Hold hold = this.script.hold(stuck.eventId());
		try {
			this.kafka.send(TOPIC, stuck);
			await().untilTrue(hold.entered());

			await().untilAsserted(() -> assertThat(this.consumersHealth.health().getStatus()).isEqualTo(Status.DOWN));
			assertThat(this.consumersHealth.health().getDetails()).extractingByKey(TOPIC)
				.asString()
				.contains("stalledPartitions={" + TOPIC + "-");
		}
		finally {
			hold.release();
		}

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(stuck.eventId()));
		await().untilAsserted(() -> assertThat(this.consumersHealth.health().getStatus()).isEqualTo(Status.UP));
	}

	@Test
	void shouldRetryWhenPostgresTerminatesTheHandlersConnection() {
		PaymentAuthorizedEvent cutOff = authorized(this.orderId);
		PaymentAuthorizedEvent next = authorized(this.orderId);
		this.script.terminateBackendOnce(cutOff.eventId());

		this.kafka.send(TOPIC, cutOff);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(
				() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(cutOff.eventId(), next.eventId()));
	}

	@Test
	void shouldReprocessWithoutDoubleEffectsAfterBeingKilledMidBatchAndAfterAReplay() {
		List<PaymentAuthorizedEvent> events = IntStream.range(0, 5).mapToObj((i) -> authorized(this.orderId)).toList();
		HandlerScript.Hold hold = this.script.hold(events.get(2).eventId());
		events.forEach((event) -> this.kafka.send(TOPIC, event));
		await().untilTrue(hold.entered());

		// the held batch never finishes: the stop gives up after the shutdown timeout and
		// cancels it, uncommitted
		stopAndWait();
		this.script.clear(events.get(2).eventId());
		this.consumers.start();

		List<UUID> ids = events.stream().map(PaymentAuthorizedEvent::eventId).toList();
		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactlyElementsOf(ids));

		double duplicatesBefore = meters().count("foodmesh.events.duplicates", "topic", TOPIC);
		stopAndWait();
		replayTopicFromTheStart();
		this.consumers.start();

		await().untilAsserted(() -> assertThat(meters().count("foodmesh.events.duplicates", "topic", TOPIC))
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

	// the dead-letter topic refuses every record (max.message.bytes=1:
	// RecordTooLargeException, which no Kafka client retries) for a while: the batch
	// holding the poison record is retried, nothing behind it is acknowledged or skipped,
	// the consumer is not restarted, and once the topic takes records again everything
	// ends where it should
	@Test
	void shouldRetryTheBatchUntilTheDeadLetterTopicTakesItsPoisonRecordWithoutSkippingOrRestarting() throws Exception {
		String deadLetterTopic = Topics.deadLetterOf(TOPIC);
		int partition = Math.floorMod(this.orderId.hashCode(), 3);
		PaymentAuthorizedEvent next = authorized(this.orderId);
		PaymentAuthorizedEvent later = authorized(this.orderId);
		double failedSendsBefore = failedDeadLetterSends();
		RecordMetadata poison;
		RecordMetadata last;
		try (ConsumerRestarts restarts = ConsumerRestarts.watch(this.meterRegistry, TOPIC);
				KafkaProbe deadLetters = new KafkaProbe().reading(deadLetterTopic)) {
			refuseEveryRecord(deadLetterTopic, true);
			try {
				poison = this.kafka.sendRaw(onPartition(partition, "dev.foodmesh.payment.authorized.v9",
						"{\"eventId\":\"%s\"}".formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
				this.kafka.sendRaw(onPartition(partition, "dev.foodmesh.payment.authorized.v1", JSON.write(next)));

				await().untilAsserted(() -> assertThat(failedDeadLetterSends()).as("dead-letter sends that failed")
					.isGreaterThanOrEqualTo(failedSendsBefore + 3));
				last = this.kafka
					.sendRaw(onPartition(partition, "dev.foodmesh.payment.authorized.v1", JSON.write(later)));
				await().untilAsserted(
						() -> assertThat(failedDeadLetterSends()).isGreaterThanOrEqualTo(failedSendsBefore + 5));
				assertThat(committedOffset(partition)).as("nothing acknowledged past the poison record")
					.isLessThanOrEqualTo(poison.offset());
				assertThat(deadLettersOf(deadLetters, poison)).isEmpty();
				assertThat(this.ledger.applied(this.orderId)).doesNotContain(later.eventId());
			}
			finally {
				refuseEveryRecord(deadLetterTopic, false);
			}

			await().untilAsserted(() -> assertThat(deadLettersOf(deadLetters, poison)).isNotEmpty());
			await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(next.eventId(),
					later.eventId()));
			await().untilAsserted(() -> assertThat(committedOffset(partition)).isGreaterThan(last.offset()));
			assertThat(restarts.logged()).as("consumer restarts logged").isEmpty();
			assertThat(restarts.counted()).as("consumer restarts counted").isZero();
		}
	}

	private ProducerRecord<byte[], byte[]> onPartition(int partition, String ceType, byte[] payload) {
		var record = new ProducerRecord<>(TOPIC, partition, this.orderId.toString().getBytes(StandardCharsets.UTF_8),
				payload);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.ID, UUID.randomUUID().toString());
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, ceType);
		return record;
	}

	private static void refuseEveryRecord(String topic, boolean refuse) throws Exception {
		Admin admin = TestInfrastructure.kafka().admin();
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		ConfigEntry entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1");
		Collection<AlterConfigOp> change = List
			.of(new AlterConfigOp(entry, refuse ? AlterConfigOp.OpType.SET : AlterConfigOp.OpType.DELETE));
		admin.incrementalAlterConfigs(Map.of(resource, change)).all().get();
		// the broker applies the change once it has the new metadata
		await().until(() -> "1".equals(admin.describeConfigs(List.of(resource))
			.all()
			.get()
			.get(resource)
			.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG)
			.value()) == refuse);
	}

	private static List<ConsumerRecord<byte[], byte[]>> deadLettersOf(KafkaProbe deadLetters, RecordMetadata source) {
		return deadLetters.all()
			.stream()
			.filter((record) -> TOPIC.equals(CloudEventHeaders.text(record.headers(), DeadLetterHeaders.TOPIC))
					&& String.valueOf(source.partition())
						.equals(CloudEventHeaders.text(record.headers(), DeadLetterHeaders.PARTITION))
					&& String.valueOf(source.offset())
						.equals(CloudEventHeaders.text(record.headers(), DeadLetterHeaders.OFFSET)))
			.toList();
	}

	private double failedDeadLetterSends() {
		return meters().count("foodmesh.events.dead.letter.failures", "consumer", "kit-test", "topic", TOPIC);
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
		return this.database.sql(
				"select count(*) from (select event_id from ledger where type <> 'own' group by event_id having count(*) > 1) twice")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
