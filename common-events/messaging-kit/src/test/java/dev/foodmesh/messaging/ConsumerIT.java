package dev.foodmesh.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.opentelemetry.api.trace.SpanContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.Topics;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.testapp.AgentLikeReactorContext;
import dev.foodmesh.messaging.testapp.KafkaProbe;

import static dev.foodmesh.messaging.testapp.Events.authorized;
import static dev.foodmesh.messaging.testapp.Events.declined;
import static dev.foodmesh.messaging.testapp.KitTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerIT extends ConsumerTestbed {

	private static final String AUTHORIZED = "dev.foodmesh.payment.authorized.v1";

	private static final String DECLINED = "dev.foodmesh.payment.declined.v1";

	private final KafkaProbe deadLetters = new KafkaProbe().reading(Topics.deadLetterOf(TOPIC));

	@AfterEach
	void closeDeadLetters() {
		this.deadLetters.close();
	}

	@Test
	void shouldApplyAnOrdersEventsOnceEachInOrder() {
		double processedBefore = meters().count("foodmesh.events.processed", "consumer", "kit-test", "topic", TOPIC);
		List<PaymentAuthorizedEvent> events = List.of(authorized(this.orderId), authorized(this.orderId),
				authorized(this.orderId), authorized(this.orderId), authorized(this.orderId));

		events.forEach((event) -> this.kafka.send(TOPIC, event));

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId))
			.containsExactlyElementsOf(events.stream().map(PaymentAuthorizedEvent::eventId).toList()));
		await().untilAsserted(() -> assertThat(
				meters().count("foodmesh.events.processed", "consumer", "kit-test", "topic", TOPIC, "type", AUTHORIZED))
			.isGreaterThanOrEqualTo(processedBefore + 5));
	}

	@Test
	void shouldApplyARedeliveredEventOnlyOnceAndCountTheDuplicate() {
		double duplicatesBefore = meters().count("foodmesh.events.duplicates", "topic", TOPIC);
		PaymentAuthorizedEvent event = authorized(this.orderId);
		PaymentAuthorizedEvent next = authorized(this.orderId);

		this.kafka.send(TOPIC, event);
		this.kafka.send(TOPIC, event);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(
				() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(event.eventId(), next.eventId()));
		await().untilAsserted(() -> assertThat(meters().count("foodmesh.events.duplicates", "topic", TOPIC))
			.isEqualTo(duplicatesBefore + 1));
	}

	@Test
	void shouldDeadLetterPoisonRecordsWithTheirOriginAndGoOnWithTheNext() {
		double deadLetteredBefore = meters().count("foodmesh.events.dead.lettered", "topic", TOPIC);
		byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
		PaymentAuthorizedEvent next = authorized(this.orderId);

		this.kafka.send(TOPIC, this.orderId, AUTHORIZED, notJson);
		this.kafka.send(TOPIC, this.orderId, "dev.foodmesh.payment.authorized.v9", notJson);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(next.eventId()));
		await().untilAsserted(() -> assertThat(this.deadLetters.records(this.orderId)).hasSize(2));
		ConsumerRecord<byte[], byte[]> undecodable = this.deadLetters.records(this.orderId).get(0);
		assertThat(undecodable.value()).isEqualTo(notJson);
		assertThat(header(undecodable, CloudEventHeaders.TYPE)).isEqualTo(AUTHORIZED);
		assertThat(header(undecodable, CloudEventHeaders.TRACEPARENT)).isNotNull();
		assertThat(header(undecodable, DeadLetterHeaders.ERROR))
			.startsWith("dev.foodmesh.messaging.envelope.UndecodableEventException: Payload is not a valid");
		assertThat(header(undecodable, DeadLetterHeaders.TOPIC)).isEqualTo(TOPIC);
		assertThat(header(undecodable, DeadLetterHeaders.PARTITION)).matches("[0-2]");
		assertThat(header(undecodable, DeadLetterHeaders.OFFSET)).matches("\\d+");
		assertThat(header(this.deadLetters.records(this.orderId).get(1), DeadLetterHeaders.ERROR))
			.endsWith("Unknown ce_type dev.foodmesh.payment.authorized.v9");
		await().untilAsserted(() -> assertThat(meters().count("foodmesh.events.dead.lettered", "topic", TOPIC))
			.isEqualTo(deadLetteredBefore + 2));
	}

	@Test
	void shouldApplyTheRecordsWaitingOnAPartitionInOneTransaction() {
		List<PaymentAuthorizedEvent> waiting = List.of(authorized(this.orderId), authorized(this.orderId),
				authorized(this.orderId));

		whileConsumersAreStopped(() -> waiting.forEach((event) -> this.kafka.send(TOPIC, event)));

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId))
			.containsExactlyElementsOf(waiting.stream().map(PaymentAuthorizedEvent::eventId).toList()));
		assertThat(transactionsThatProcessed(waiting)).isEqualTo(1);
	}

	@Test
	void shouldDeadLetterAnEventItsHandlerRejectsAndApplyItsNeighbours() {
		PaymentAuthorizedEvent before = authorized(this.orderId);
		PaymentAuthorizedEvent rejected = authorized(this.orderId);
		PaymentAuthorizedEvent buggy = authorized(this.orderId);
		PaymentAuthorizedEvent after = authorized(this.orderId);
		this.script.reject(rejected.eventId());
		this.script.failWithBug(buggy.eventId());

		whileConsumersAreStopped(
				() -> List.of(before, rejected, buggy, after).forEach((event) -> this.kafka.send(TOPIC, event)));

		await().untilAsserted(
				() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(before.eventId(), after.eventId()));
		assertThat(transactionsThatProcessed(List.of(before, after))).as("applied one by one after the batch failed")
			.isEqualTo(2);
		await().untilAsserted(() -> assertThat(this.deadLetters.records(this.orderId)).hasSize(2));
		assertThat(this.deadLetters.records(this.orderId))
			.extracting((record) -> header(record, DeadLetterHeaders.ERROR))
			.containsExactly("dev.foodmesh.messaging.InvalidEventException: rejected by the test",
					"java.lang.IllegalStateException: simulated bug");
		assertThat(meters().count("foodmesh.events.dead.lettered", "topic", TOPIC, "type", AUTHORIZED)).isPositive();
	}

	@Test
	void shouldAcknowledgeIgnoredEventsWithoutHandlingOrClaimingThemAndGoOn() {
		double ignoredBefore = ignoredDeclines();
		PaymentDeclinedEvent ignored = declined(this.orderId);
		PaymentDeclinedEvent ignoredToo = declined(this.orderId);
		PaymentAuthorizedEvent next = authorized(this.orderId);
		this.script.ignore(ignored.eventId());
		this.script.ignore(ignoredToo.eventId());

		this.kafka.send(TOPIC, ignored);
		this.kafka.send(TOPIC, ignoredToo);
		this.kafka.send(TOPIC, next);

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(next.eventId()));
		awaitCommittedPastEveryRecordOfTheOrder();
		assertThat(this.script.wasHandled(ignored.eventId())).as("ignored event handled").isFalse();
		assertThat(this.script.wasHandled(ignoredToo.eventId())).as("ignored event handled").isFalse();
		assertThat(claimed(List.of(ignored, ignoredToo, next))).containsExactly(next.eventId());
		await().untilAsserted(() -> assertThat(ignoredDeclines()).isEqualTo(ignoredBefore + 2));
	}

	@Test
	void shouldApplyTheOtherEventsOfABatchInOrderInOneTransactionAndClaimOnlyThem() {
		double ignoredBefore = ignoredDeclines();
		PaymentAuthorizedEvent first = authorized(this.orderId);
		PaymentDeclinedEvent ignored = declined(this.orderId);
		PaymentAuthorizedEvent second = authorized(this.orderId);
		PaymentDeclinedEvent ignoredLast = declined(this.orderId);
		this.script.ignore(ignored.eventId());
		this.script.ignore(ignoredLast.eventId());

		whileConsumersAreStopped(
				() -> List.of(first, ignored, second, ignoredLast).forEach((event) -> this.kafka.send(TOPIC, event)));

		await().untilAsserted(
				() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(first.eventId(), second.eventId()));
		awaitCommittedPastEveryRecordOfTheOrder();
		assertThat(claimed(List.of(first, ignored, second, ignoredLast))).containsExactlyInAnyOrder(first.eventId(),
				second.eventId());
		assertThat(transactionsThatProcessed(List.of(first, second))).isEqualTo(1);
		assertThat(this.script.wasHandled(ignored.eventId())).isFalse();
		assertThat(this.script.wasHandled(ignoredLast.eventId())).isFalse();
		await().untilAsserted(() -> assertThat(ignoredDeclines()).isEqualTo(ignoredBefore + 2));
	}

	@Test
	void shouldPrepareTheHandlerOnceWithTheEventsItWillHandleInTheirTransaction() {
		PaymentAuthorizedEvent redelivered = authorized(this.orderId);
		this.kafka.send(TOPIC, redelivered);
		await()
			.untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(redelivered.eventId()));
		PaymentAuthorizedEvent first = authorized(this.orderId);
		PaymentDeclinedEvent ignored = declined(this.orderId);
		PaymentAuthorizedEvent second = authorized(this.orderId);
		this.script.ignore(ignored.eventId());

		whileConsumersAreStopped(() -> List.of(first, redelivered, ignored, second, first)
			.forEach((event) -> this.kafka.send(TOPIC, event)));

		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(redelivered.eventId(),
				first.eventId(), second.eventId()));
		List<UUID> batch = List.of(first.eventId(), second.eventId());
		assertThat(this.script.preparedWith(List.of(first.eventId(), second.eventId(), ignored.eventId())))
			.singleElement()
			.satisfies((prepared) -> {
				assertThat(prepared.eventIds()).as("prepared with the claimed events, in order").isEqualTo(batch);
				assertThat(batch).allSatisfy((eventId) -> assertThat(this.script.transactionWhenHandled(eventId))
					.as("handled in the transaction it was prepared in")
					.contains(prepared.transactionId()));
			});
	}

	private double ignoredDeclines() {
		return meters().count("foodmesh.events.ignored", "consumer", "kit-test", "topic", TOPIC, "type", DECLINED);
	}

	// the consumers acknowledged, and committed, the last record of the order's partition
	private void awaitCommittedPastEveryRecordOfTheOrder() {
		this.kafka.reading(TOPIC);
		await().untilAsserted(() -> {
			List<ConsumerRecord<byte[], byte[]>> records = this.kafka.records(this.orderId);
			assertThat(records).isNotEmpty();
			ConsumerRecord<byte[], byte[]> last = records.get(records.size() - 1);
			assertThat(committedOffset(last.partition())).isGreaterThan(last.offset());
		});
	}

	private List<UUID> claimed(List<? extends IntegrationEvent> events) {
		return this.database.sql("select event_id from processed_events where event_id = any(:ids)")
			.bind("ids", events.stream().map(IntegrationEvent::eventId).toArray(UUID[]::new))
			.map((row) -> row.get("event_id", UUID.class))
			.all()
			.collectList()
			.block();
	}

	@Test
	void shouldGiveTheHandlerTheRecordsTraceParentForTheEventsItAppends() {
		PaymentAuthorizedEvent event = authorized(this.orderId);
		UUID followUp = this.script.appendFollowUp(event.eventId(), this.orderId);

		String traceparent = this.kafka.send(TOPIC, event);

		await().untilAsserted(() -> assertThat(traceparentOfOutboxRow(followUp)).isEqualTo(traceparent));
	}

	@Test
	void shouldCallTheHandlerWithTheRecordsTraceContextCurrent() {
		PaymentAuthorizedEvent event = authorized(this.orderId);

		String traceparent = this.kafka.send(TOPIC, event);

		await().untilAsserted(() -> assertThat(this.script.currentWhenHandled(event.eventId()))
			.hasValueSatisfying((current) -> assertThat(traceparentOf(current)).isEqualTo(traceparent)));
	}

	// the agent's Reactor instrumentation, reduced (AgentLikeReactorContext), carries the
	// context the kit made current at the handler's subscription into its later steps on
	// other threads: its queries and outbox rows
	@Test
	void shouldKeepTheRecordsTraceContextCurrentInTheHandlersLaterStepsUnderTheAgentsReactorInstrumentation() {
		PaymentAuthorizedEvent event = authorized(this.orderId);
		UUID followUp = this.script.appendFollowUp(event.eventId(), this.orderId);

		try (AgentLikeReactorContext agent = AgentLikeReactorContext.install()) {
			String traceparent = this.kafka.send(TOPIC, event);

			await().untilAsserted(() -> assertThat(this.script.currentAfterItsQuery(event.eventId()))
				.hasValueSatisfying((current) -> assertThat(traceparentOf(current)).isEqualTo(traceparent)));
			await().untilAsserted(() -> assertThat(traceparentOfOutboxRow(followUp)).isEqualTo(traceparent));
		}
	}

	private static String traceparentOf(SpanContext span) {
		return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
	}

	@Test
	void shouldReportTheConsumerLagOfEachPartition() {
		this.kafka.send(TOPIC, authorized(this.orderId));

		await().untilAsserted(() -> assertThat(
				this.meterRegistry.find("foodmesh.consumer.lag").tags("consumer", "kit-test", "topic", TOPIC).gauges())
			.extracting((gauge) -> gauge.getId().getTag("partition"))
			.contains("0", "1", "2"));
		await().untilAsserted(() -> assertThat(
				this.meterRegistry.find("foodmesh.consumer.lag").tags("consumer", "kit-test", "topic", TOPIC).gauges())
			.allSatisfy((gauge) -> assertThat(gauge.value()).isZero()));
	}

	private String traceparentOfOutboxRow(UUID eventId) {
		return this.database.sql("select traceparent from outbox where event_id = :eventId")
			.bind("eventId", eventId)
			.map((row) -> row.get("traceparent", String.class))
			.one()
			.block();
	}

	// the records then wait on the partition and are fetched together once the consumers
	// start again
	private void whileConsumersAreStopped(Runnable produce) {
		AtomicBoolean stopped = new AtomicBoolean();
		this.consumers.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
		try {
			produce.run();
		}
		finally {
			this.consumers.start();
		}
	}

	// processed_at defaults to now(), the start time of the transaction that inserted the
	// row
	private long transactionsThatProcessed(List<PaymentAuthorizedEvent> events) {
		return this.database.sql("select count(distinct processed_at) from processed_events where event_id = any(:ids)")
			.bind("ids", events.stream().map(PaymentAuthorizedEvent::eventId).toArray(UUID[]::new))
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		return CloudEventHeaders.text(record.headers(), name);
	}

}
