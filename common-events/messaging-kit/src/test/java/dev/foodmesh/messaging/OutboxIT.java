package dev.foodmesh.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.Topics;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.messaging.testapp.KafkaProbe;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;
import dev.foodmesh.messaging.testapp.Ledger;
import dev.foodmesh.messaging.testapp.Meters;
import dev.foodmesh.messaging.testapp.TraceCapturingInterceptor;

import static dev.foodmesh.messaging.testapp.Events.declined;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

@KitIntegrationTest
class OutboxIT {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	@Autowired
	private Outbox outbox;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private ReactiveTransactionManager transactionManager;

	@Autowired
	private Ledger ledger;

	@Autowired
	private MeterRegistry meterRegistry;

	private final KafkaProbe kafka = new KafkaProbe().reading(Topics.PAYMENT_EVENTS);

	private final UUID orderId = UUID.randomUUID();

	@AfterEach
	void closeProbe() {
		this.kafka.close();
	}

	@Test
	void shouldCommitTheEventWithTheStateChangeAndThenPublishIt() {
		IntegrationEvent event = declined(this.orderId);

		changeStateAndAppend(event).contextWrite(new TraceParent(TRACEPARENT, "vendor=1")::putInto).block();

		assertThat(this.ledger.applied(this.orderId)).containsExactly(event.eventId());
		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId)).hasSize(1));
		ConsumerRecord<byte[], byte[]> published = this.kafka.records(this.orderId).get(0);
		assertThat(new String(published.key(), StandardCharsets.UTF_8)).isEqualTo(this.orderId.toString());
		assertThat(header(published, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(published, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
		assertThat(header(published, CloudEventHeaders.TYPE)).isEqualTo("dev.foodmesh.payment.declined.v1");
		assertThat(header(published, CloudEventHeaders.SOURCE)).isEqualTo("/foodmesh/kit-test");
		assertThat(Instant.parse(header(published, CloudEventHeaders.TIME))).isCloseTo(event.occurredAt(),
				within(1, ChronoUnit.MICROS));
		assertThat(header(published, CloudEventHeaders.SUBJECT)).isEqualTo(this.orderId.toString());
		assertThat(header(published, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
		assertThat(header(published, CloudEventHeaders.TRACEPARENT)).isEqualTo(TRACEPARENT);
		assertThat(header(published, CloudEventHeaders.TRACESTATE)).isEqualTo("vendor=1");
		assertThat(new String(published.value(), StandardCharsets.UTF_8)).contains(event.eventId().toString());
	}

	@Test
	void shouldNeitherStoreNorPublishTheEventOfARolledBackTransaction() {
		IntegrationEvent rolledBack = declined(this.orderId);
		IntegrationEvent committed = declined(this.orderId);

		StepVerifier.create(changeStateAndAppend(rolledBack, Mono.error(new IllegalStateException("business rule"))))
			.expectErrorMessage("business rule")
			.verify(Duration.ofSeconds(10));
		changeStateAndAppend(committed).block();

		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId)).hasSize(1));
		assertThat(header(this.kafka.records(this.orderId).get(0), CloudEventHeaders.ID))
			.isEqualTo(committed.eventId().toString());
		assertThat(this.ledger.applied(this.orderId)).containsExactly(committed.eventId());
		assertThat(outboxRows(rolledBack.eventId())).isZero();
	}

	@Test
	void shouldPublishAnOrdersEventsInOrderEachWithItsTraceContextCurrentAtSend() {
		double publishedBefore = new Meters(this.meterRegistry).count("foodmesh.outbox.published", "type",
				"dev.foodmesh.payment.declined.v1");
		List<String> appended = new ArrayList<>();
		SpanContext request = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
				TraceFlags.getSampled(), TraceState.getDefault());

		for (int i = 0; i < 20; i++) {
			IntegrationEvent event = declined(this.orderId);
			appended.add(event.eventId().toString());
			try (Scope scope = Context.root().with(Span.wrap(request)).makeCurrent()) {
				changeStateAndAppend(event).block();
			}
		}

		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId)).hasSize(20));
		List<ConsumerRecord<byte[], byte[]>> published = this.kafka.records(this.orderId);
		assertThat(published).extracting((record) -> header(record, CloudEventHeaders.ID)).isEqualTo(appended);
		assertThat(published).extracting((record) -> header(record, CloudEventHeaders.TRACEPARENT))
			.containsOnly("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
		assertThat(appended).allSatisfy((eventId) -> {
			SpanContext currentAtSend = TraceCapturingInterceptor.currentAtSendOf(eventId);
			assertThat(currentAtSend.getTraceId()).isEqualTo(request.getTraceId());
			assertThat(currentAtSend.getSpanId()).isEqualTo(request.getSpanId());
		});
		await().untilAsserted(() -> assertThat(new Meters(this.meterRegistry).count("foodmesh.outbox.published", "type",
				"dev.foodmesh.payment.declined.v1"))
			.isGreaterThanOrEqualTo(publishedBefore + 20));
		assertThat(this.meterRegistry.get("foodmesh.outbox.publish.latency").timer().count()).isPositive();
		assertThat(this.meterRegistry.get("foodmesh.outbox.backlog").gauge().value()).isNotNegative();
	}

	@Test
	void shouldHoldATransactionsEventsUntilItCommitsAndThenInsertThemInAppendOrder() {
		List<IntegrationEvent> events = List.of(declined(this.orderId), declined(this.orderId), declined(this.orderId));
		List<UUID> ids = events.stream().map(IntegrationEvent::eventId).toList();

		Long visibleBeforeCommit = Flux.fromIterable(events)
			.concatMap(this.outbox::append)
			.then(countOutboxRows(ids))
			.as(TransactionalOperator.create(this.transactionManager)::transactional)
			.block();

		assertThat(visibleBeforeCommit).as("rows inserted before the commit").isZero();
		List<UUID> bySeq = this.database.sql("select event_id from outbox where event_id = any(:ids) order by seq")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row) -> row.get("event_id", UUID.class))
			.all()
			.collectList()
			.block();
		assertThat(bySeq).isEqualTo(ids);
		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId))
			.extracting((record) -> UUID.fromString(header(record, CloudEventHeaders.ID)))
			.isEqualTo(ids));
	}

	@Test
	void shouldInsertAnEventAppendedOutsideATransactionAtOnce() {
		IntegrationEvent event = declined(this.orderId);

		this.outbox.append(event).block();

		assertThat(outboxRows(event.eventId())).isOne();
		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId)).hasSize(1));
	}

	@Test
	void shouldParkARowKafkaRefusesForGoodAndPublishTheRowsBehindIt() {
		Meters meters = new Meters(this.meterRegistry);
		double parkedBefore = meters.count("foodmesh.outbox.parked");
		IntegrationEvent behind = declined(this.orderId);
		// above the producer's max.request.size (1 MiB): Kafka refuses it whatever
		// happens, as it would a record above the broker's message.max.bytes
		UUID oversized = UUID.randomUUID();
		this.database.sql("""
				insert into outbox (event_id, topic, message_key, ce_type, payload, occurred_at)
				values (:eventId, :topic, :key, 'dev.foodmesh.payment.declined.v1',
				  jsonb_build_object('padding', repeat('x', 2000000)), now())""")
			.bind("eventId", oversized)
			.bind("topic", Topics.PAYMENT_EVENTS)
			.bind("key", this.orderId.toString())
			.then()
			.block();

		changeStateAndAppend(behind).block();

		await().untilAsserted(() -> assertThat(this.kafka.records(this.orderId))
			.extracting((record) -> header(record, CloudEventHeaders.ID))
			.containsExactly(behind.eventId().toString()));
		String reason = this.database
			.sql("select parked_reason from outbox where event_id = :eventId and "
					+ "parked_at is not null and published_at is null")
			.bind("eventId", oversized)
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
		assertThat(reason).contains("RecordTooLargeException");
		assertThat(meters.count("foodmesh.outbox.parked")).isEqualTo(parkedBefore + 1);
		await().untilAsserted(() -> assertThat(this.meterRegistry.get("foodmesh.outbox.backlog").gauge().value())
			.as("a parked row is not waiting")
			.isZero());
	}

	private Mono<Long> countOutboxRows(List<UUID> ids) {
		return this.database.sql("select count(*) from outbox where event_id = any(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	private Mono<Void> changeStateAndAppend(IntegrationEvent event) {
		return changeStateAndAppend(event, Mono.empty());
	}

	private Mono<Void> changeStateAndAppend(IntegrationEvent event, Mono<Void> thenInTransaction) {
		return this.database.sql("insert into ledger (event_id, order_id, type) values (:eventId, :orderId, 'own')")
			.bind("eventId", event.eventId())
			.bind("orderId", event.orderId())
			.then()
			.then(this.outbox.append(event))
			.then(thenInTransaction)
			.as(TransactionalOperator.create(this.transactionManager)::transactional);
	}

	private long outboxRows(UUID eventId) {
		return this.database.sql("select count(*) from outbox where event_id = :eventId")
			.bind("eventId", eventId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		return CloudEventHeaders.text(record.headers(), name);
	}

}
