package dev.foodmesh.payment;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.ProcessedEvents;
import dev.foodmesh.testsupport.RunningServiceTest;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on real Postgres and a real Kafka broker (one of each per test JVM),
 * with BlockHound installed by blockhound-junit-platform: a blocking call on a
 * non-blocking thread fails the test. Subclasses share one application context.
 */
@TestPropertySource(properties = { "foodmesh.messaging.consumer.retry-backoff.initial=100ms",
		"foodmesh.messaging.consumer.retry-backoff.max=1s", "foodmesh.payment.simulator.seed=7",
		"foodmesh.payment.recovery.interval=200ms", "foodmesh.payment.recovery.stale-after=2s",
		// wide enough that the answers of one consumer batch are recorded together on a
		// busy machine (PaymentBatchIT counts the statements)
		"foodmesh.payment.settlement.batch-window=300ms" })
@ContextConfiguration(initializers = TestInfrastructure.PaymentService.class)
abstract class PaymentServiceITSupport extends RunningServiceTest {

	@Autowired
	private DatabaseClient database;

	static final String AUTHORIZED = "dev.foodmesh.payment.authorized.v1";

	static final String DECLINED = "dev.foodmesh.payment.declined.v1";

	static final String REFUNDED = "dev.foodmesh.payment.refunded.v1";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	static OrderEvents orderEvents;

	static TopicProbe paymentEvents;

	static TopicProbe deadLetters;

	@BeforeAll
	static void connect() {
		orderEvents = new OrderEvents(TestInfrastructure.bootstrapServers());
		paymentEvents = new TopicProbe(TestInfrastructure.bootstrapServers(), Topics.PAYMENT_EVENTS);
		deadLetters = new TopicProbe(TestInfrastructure.bootstrapServers(), Topics.deadLetterOf(Topics.ORDER_EVENTS));
	}

	@AfterAll
	static void disconnect() {
		orderEvents.close();
		paymentEvents.close();
		deadLetters.close();
	}

	static List<ConsumerRecord<String, byte[]>> awaitRecords(UUID orderId, String ceType, int count) {
		return await().atMost(PATIENCE).until(() -> paymentEvents.recordsOf(orderId, ceType), r -> r.size() >= count);
	}

	/**
	 * Proves that nothing more is published for the order: every order event is consumed
	 * and committed (so its transaction and outbox rows are committed), and the count
	 * then holds while the relay would publish them.
	 */
	static void assertStaysAt(UUID orderId, String ceType, int count) {
		awaitAllOrderEventsConsumed();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(paymentEvents.recordsOf(orderId, ceType)).hasSize(count));
	}

	/**
	 * Waits until the consumer has acknowledged, and committed the offsets of, every
	 * order event published so far.
	 */
	static void awaitAllOrderEventsConsumed() {
		await().atMost(PATIENCE).until(PaymentServiceITSupport::allOrderEventsConsumed);
	}

	/**
	 * Whether the consumer claimed the event in {@code processed_events} (applied it in a
	 * committed transaction).
	 */
	boolean claimed(UUID eventId) {
		return ProcessedEvents.claimed(database, eventId);
	}

	WebTestClient.BodyContentSpec paymentsOf(UUID orderId) {
		return http.get().uri("/payments?orderId={id}", orderId).exchange().expectStatus().isOk().expectBody();
	}

	private static boolean allOrderEventsConsumed() throws ExecutionException, InterruptedException {
		Admin admin = TestInfrastructure.kafka().admin();
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("payment-service")
			.partitionsToOffsetAndMetadata()
			.get();
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		admin.describeTopics(List.of(Topics.ORDER_EVENTS))
			.allTopicNames()
			.get()
			.get(Topics.ORDER_EVENTS)
			.partitions()
			.forEach(p -> latest.put(new TopicPartition(Topics.ORDER_EVENTS, p.partition()), OffsetSpec.latest()));
		Map<TopicPartition, Long> ends = new HashMap<>();
		admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
		return ends.entrySet().stream().allMatch(end -> committedOffset(committed, end.getKey()) >= end.getValue());
	}

	private static long committedOffset(Map<TopicPartition, OffsetAndMetadata> committed, TopicPartition partition) {
		OffsetAndMetadata offset = committed.get(partition);
		return offset == null ? 0 : offset.offset();
	}

}
