package dev.foodmesh.e2e.observability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.KafkaProbe;
import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.e2e.support.DemoData.CARD_DECLINED;
import static dev.foodmesh.e2e.support.OrderRequest.brezelInMunich;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static dev.foodmesh.infra.FoodMeshService.PAYMENT;
import static dev.foodmesh.infra.FoodMeshService.RESTAURANT;
import static dev.foodmesh.infra.FoodMeshService.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4, point 3 and the check of point 5: three sagas (delivered, declined, refunded
 * for want of a courier), one redelivered event and one poison record move every metric
 * the dashboards and alerts read, and each moves by what the sagas imply. The counts are
 * differences between a scrape before and one after, so journeys that ran before do not
 * matter; they are lower bounds, since a saga may make more calls than the minimum (a
 * relay re-send, a retry).
 */
@JourneyTest
@Order(6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityJourneyIT extends Journey {

	private static final String ORDER_EVENTS = Topics.ORDER_EVENTS;

	private static final String CREATED = "dev.foodmesh.order.created.v1";

	private final KafkaProbe kafka;

	private final Map<FoodMeshService, Scrape> before = new EnumMap<>(FoodMeshService.class);

	private Map<FoodMeshService, Scrape> after;

	ObservabilityJourneyIT(Fleet fleet) {
		super(fleet);
		this.kafka = fleet.kafka();
	}

	@BeforeAll
	void runTheSagas() {
		for (FoodMeshService service : FoodMeshService.values()) {
			this.before.put(service, scrape(service));
		}
		UUID delivered = this.foodMesh.placeOrder(pizzaInBerlin());
		UUID declined = this.foodMesh.placeOrder(pizzaInBerlin().paidWith(CARD_DECLINED));
		UUID refunded = this.foodMesh.placeOrder(brezelInMunich());
		this.foodMesh.awaitStatus(delivered, DELIVERED);
		this.foodMesh.awaitStatus(declined, CANCELLED);
		this.foodMesh.awaitStatus(refunded, CANCELLED);
		this.kafka.republish(createdEventOf(delivered));
		sendPoison();
		await("every metric moved by the sagas").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.ignoreExceptions()
			.untilAsserted(() -> {
				this.after = scrapeAll();
				assertSagaCounts();
				assertMessagingCounts();
				assertDrained();
			});
	}

	@Test
	@Order(1)
	void shouldCountOrdersByTerminalStatusAndReasonAndTimeEveryStage() {
		assertSagaCounts();
		for (String stage : List.of("placed_to_paid", "paid_to_courier_assigned", "placed_to_delivered")) {
			Scrape order = this.after.get(ORDER);
			assertThat(order.series("foodmesh_order_saga_stage_seconds_bucket", "stage", stage, "le", "+Inf"))
				.as("histogram of %s", stage)
				.singleElement()
				.satisfies((inf) -> assertThat(inf.value())
					.isEqualTo(order.sum("foodmesh_order_saga_stage_seconds_count", "stage", stage)));
			assertThat(order.series("foodmesh_order_saga_stage_seconds_bucket", "stage", stage)).as(stage)
				.hasSizeGreaterThan(10);
			assertThat(increase(ORDER, "foodmesh_order_saga_stage_seconds_sum", "stage", stage)).as(stage).isPositive();
		}
	}

	@Test
	@Order(2)
	void shouldCountProcessedDuplicateAndDeadLetteredEventsPerConsumer() {
		assertMessagingCounts();
	}

	@Test
	@Order(3)
	void shouldReportOutboxBacklogAndPublishLatency() {
		for (FoodMeshService service : List.of(ORDER, PAYMENT, DELIVERY)) {
			assertThat(this.after.get(service).series("foodmesh_outbox_backlog")).as("%s backlog", service)
				.singleElement()
				.satisfies((backlog) -> assertThat(backlog.value()).isZero());
			assertThat(this.after.get(service).series("foodmesh_outbox_publish_latency_seconds_bucket", "le", "+Inf"))
				.as("%s publish latency histogram", service)
				.hasSize(1);
		}
		// order: 3 × created, 2 × paid, 2 × cancelled; payment: 2 × authorised, declined,
		// refunded; delivery: scheduled, picked up, completed, failed
		assertThat(increase(ORDER, "foodmesh_outbox_publish_latency_seconds_count")).isGreaterThanOrEqualTo(7);
		assertThat(increase(PAYMENT, "foodmesh_outbox_publish_latency_seconds_count")).isGreaterThanOrEqualTo(4);
		assertThat(increase(DELIVERY, "foodmesh_outbox_publish_latency_seconds_count")).isGreaterThanOrEqualTo(4);
		assertThat(increase(ORDER, "foodmesh_outbox_published_total", "type", CREATED)).isGreaterThanOrEqualTo(3);
	}

	@Test
	@Order(4)
	void shouldReportConsumerLagPerGroupAndPartition() {
		assertDrained();
		KafkaProbe.CONSUMER_GROUPS.forEach((topic, groups) -> {
			int partitions = this.kafka.partitionCount(topic);
			for (String group : groups) {
				List<Scrape.Sample> lag = this.after.get(FoodMeshService.find(group).orElseThrow())
					.series("foodmesh_consumer_lag", "consumer", group, "topic", topic);
				assertThat(lag).as("lag of %s on %s", group, topic)
					.extracting((sample) -> sample.labels().get("partition"))
					.containsExactlyInAnyOrderElementsOf(
							java.util.stream.IntStream.range(0, partitions).mapToObj(String::valueOf).toList());
			}
		});
	}

	@Test
	@Order(5)
	void shouldReportRequestRateErrorsAndDurationPerService() {
		assertThat(increase(ORDER, "http_server_requests_seconds_count", "method", "POST", "uri", "/orders", "status",
				"201"))
			.isGreaterThanOrEqualTo(3);
		assertThat(increase(USER, "http_server_requests_seconds_count", "method", "GET", "uri", "/users/{id}", "status",
				"200"))
			.isGreaterThanOrEqualTo(3);
		assertThat(increase(RESTAURANT, "http_server_requests_seconds_count", "method", "POST", "uri",
				"/restaurants/{id}/quote", "status", "200"))
			.isGreaterThanOrEqualTo(3);
		assertThat(increase(ORDER, "http_client_requests_seconds_count")).as("lookups from order-service")
			.isGreaterThanOrEqualTo(6);
		for (FoodMeshService service : FoodMeshService.values()) {
			Scrape scrape = this.after.get(service);
			assertThat(scrape.series("http_server_requests_seconds_bucket", "le", "+Inf"))
				.as("%s latency histogram", service)
				.isNotEmpty();
			assertThat(scrape.series("http_server_requests_seconds_count")).as("%s status label", service)
				.allSatisfy((sample) -> assertThat(sample.labels()).containsKeys("status", "uri", "method"));
		}
	}

	@Test
	@Order(6)
	void shouldTagEverySeriesWithTheServiceItComesFrom() {
		for (FoodMeshService service : FoodMeshService.values()) {
			assertThat(this.after.get(service)
				.where((s) -> s.name().startsWith("foodmesh_") || s.name().startsWith("http_server_requests")))
				.as("series of %s", service)
				.isNotEmpty()
				.allSatisfy((sample) -> assertThat(sample.labels()).as(sample.name())
					.containsEntry("application", service.serviceName()));
		}
	}

	/** Issue 4, point 5: no panel or alert reads a metric that nothing exports. */
	@Test
	@Order(7)
	void shouldExportEveryMetricThatADashboardPanelOrAnAlertRuleQueries() {
		Set<String> exported = new TreeSet<>();
		this.after.values().forEach((scrape) -> exported.addAll(scrape.names()));
		Map<String, Set<String>> queried = MonitoringQueries.metricNames();

		assertThat(queried).as("metric names in the dashboard and alert rules").hasSizeGreaterThan(15);
		List<String> missing = new ArrayList<>();
		queried.forEach((name, usedBy) -> {
			if (!exported.contains(name)) {
				missing.add(name + " (" + String.join("; ", usedBy) + ")");
			}
		});
		assertThat(missing).as("queried but exported by no service").isEmpty();
	}

	private void assertSagaCounts() {
		assertThat(increase(ORDER, "foodmesh_order_terminal_total", "status", "DELIVERED", "reason", "none"))
			.isGreaterThanOrEqualTo(1);
		assertThat(
				increase(ORDER, "foodmesh_order_terminal_total", "status", "CANCELLED", "reason", "PAYMENT_DECLINED"))
			.isGreaterThanOrEqualTo(1);
		assertThat(increase(ORDER, "foodmesh_order_terminal_total", "status", "CANCELLED", "reason", "NO_COURIER"))
			.isGreaterThanOrEqualTo(1);
		assertThat(increase(ORDER, "foodmesh_order_saga_stage_seconds_count", "stage", "placed_to_paid"))
			.as("delivered and refunded orders were paid")
			.isGreaterThanOrEqualTo(2);
		assertThat(increase(ORDER, "foodmesh_order_saga_stage_seconds_count", "stage", "paid_to_courier_assigned"))
			.isGreaterThanOrEqualTo(1);
		assertThat(increase(ORDER, "foodmesh_order_saga_stage_seconds_count", "stage", "placed_to_delivered"))
			.isGreaterThanOrEqualTo(1);
		assertThat(increase(PAYMENT, "foodmesh_payment_authorizations_total")).isGreaterThanOrEqualTo(2);
		assertThat(increase(PAYMENT, "foodmesh_payment_declines_total")).isGreaterThanOrEqualTo(1);
		assertThat(increase(PAYMENT, "foodmesh_payment_refunds_total")).isGreaterThanOrEqualTo(1);
		assertThat(increase(DELIVERY, "foodmesh_delivery_assignments_total")).isGreaterThanOrEqualTo(1);
		assertThat(increase(DELIVERY, "foodmesh_delivery_failures_total", "reason", "NO_COURIER"))
			.isGreaterThanOrEqualTo(1);
	}

	private void assertMessagingCounts() {
		String processed = "foodmesh_events_processed_total";
		assertThat(increase(PAYMENT, processed, "consumer", "payment-service", "type", CREATED))
			.isGreaterThanOrEqualTo(3);
		assertThat(increase(ORDER, processed, "type", "dev.foodmesh.payment.authorized.v1")).isGreaterThanOrEqualTo(2);
		assertThat(increase(ORDER, processed, "type", "dev.foodmesh.payment.declined.v1")).isGreaterThanOrEqualTo(1);
		assertThat(increase(ORDER, processed, "type", "dev.foodmesh.payment.refunded.v1")).isGreaterThanOrEqualTo(1);
		for (String type : List.of("scheduled", "failed", "picked-up", "completed")) {
			assertThat(increase(ORDER, processed, "consumer", "order-service", "type",
					"dev.foodmesh.delivery." + type + ".v1"))
				.as(type)
				.isGreaterThanOrEqualTo(1);
		}
		assertThat(increase(DELIVERY, processed, "type", "dev.foodmesh.order.paid.v1")).isGreaterThanOrEqualTo(2);
		// the OrderCreated sent twice, and the poison record, reach both consumers of the
		// order topic: payment-service applies it once and skips the copy,
		// delivery-service ignores both
		assertThat(increase(PAYMENT, "foodmesh_events_duplicates_total", "consumer", PAYMENT.serviceName(), "topic",
				ORDER_EVENTS, "type", CREATED))
			.as("duplicates in %s", PAYMENT)
			.isGreaterThanOrEqualTo(1);
		assertThat(increase(DELIVERY, "foodmesh_events_ignored_total", "consumer", DELIVERY.serviceName(), "topic",
				ORDER_EVENTS, "type", CREATED))
			.as("ignored in %s", DELIVERY)
			.isGreaterThanOrEqualTo(2);
		for (FoodMeshService consumer : List.of(PAYMENT, DELIVERY)) {
			assertThat(
					increase(consumer, "foodmesh_events_dead_lettered_total", "topic", ORDER_EVENTS, "type", CREATED))
				.as("dead letters in %s", consumer)
				.isGreaterThanOrEqualTo(1);
		}
	}

	private void assertDrained() {
		for (FoodMeshService service : List.of(ORDER, PAYMENT, DELIVERY)) {
			assertThat(this.after.get(service).sum("foodmesh_outbox_backlog")).as("%s backlog", service).isZero();
			assertThat(this.after.get(service).series("foodmesh_consumer_lag"))
				.as("%s lag once the sagas are done", service)
				.isNotEmpty()
				.allSatisfy((lag) -> assertThat(lag.value()).as("%s", lag).isZero());
		}
	}

	private double increase(FoodMeshService service, String name, String... labels) {
		return this.after.get(service).sum(name, labels) - this.before.get(service).sum(name, labels);
	}

	private Map<FoodMeshService, Scrape> scrapeAll() {
		Map<FoodMeshService, Scrape> scrapes = new EnumMap<>(FoodMeshService.class);
		for (FoodMeshService service : FoodMeshService.values()) {
			scrapes.put(service, scrape(service));
		}
		return scrapes;
	}

	private Scrape scrape(FoodMeshService service) {
		return Scrape.parse(service.serviceName(), this.foodMesh.prometheus(service));
	}

	private List<ConsumerRecord<byte[], byte[]>> createdEventOf(UUID orderId) {
		List<ConsumerRecord<byte[], byte[]>> created = this.kafka.readAll(List.of(ORDER_EVENTS))
			.stream()
			.filter((record) -> orderId.toString().equals(KafkaProbe.key(record))
					&& CREATED.equals(KafkaProbe.header(record, "ce_type")))
			.toList();
		assertThat(created).as("OrderCreated of %s", orderId).hasSize(1);
		return created;
	}

	// not JSON: both consumers of the order topic must move it to the dead-letter topic
	private void sendPoison() {
		RecordHeaders headers = new RecordHeaders();
		headers.add("ce_specversion", bytes("1.0"));
		headers.add("ce_id", bytes(UUID.randomUUID().toString()));
		headers.add("ce_type", bytes(CREATED));
		headers.add("ce_source", bytes("/foodmesh/e2e-tests"));
		headers.add("ce_time", bytes(Instant.now().toString()));
		headers.add("content-type", bytes("application/json"));
		this.kafka.send(new ProducerRecord<>(ORDER_EVENTS, null, bytes(UUID.randomUUID().toString()),
				new byte[] { '{', '{', (byte) 0xff }, headers));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
