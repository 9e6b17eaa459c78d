package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.KafkaProbe;
import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.e2e.support.DemoData.CARD_DECLINED;
import static dev.foodmesh.e2e.support.OrderRequest.brezelInMunich;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 6: every event type the services consume, delivered a second time (the same
 * record: ce_id, headers, key and value), changes nothing: no second charge, refund,
 * assignment, status or event.
 */
@JourneyTest
@Order(6)
class DuplicateEventsJourneyIT extends Journey {

	/** Every event type of the catalogue; each is consumed by at least one service. */
	private static final Set<String> EVERY_EVENT_TYPE = Set.of("dev.foodmesh.order.created.v1",
			"dev.foodmesh.order.paid.v1", "dev.foodmesh.order.cancelled.v1", "dev.foodmesh.payment.authorized.v1",
			"dev.foodmesh.payment.declined.v1", "dev.foodmesh.payment.refunded.v1",
			"dev.foodmesh.delivery.scheduled.v1", "dev.foodmesh.delivery.failed.v1",
			"dev.foodmesh.delivery.picked-up.v1", "dev.foodmesh.delivery.completed.v1");

	private static final Logger logger = LoggerFactory.getLogger(DuplicateEventsJourneyIT.class);

	private final KafkaProbe kafka;

	DuplicateEventsJourneyIT(Fleet fleet) {
		super(fleet);
		this.kafka = fleet.kafka();
	}

	@Test
	void shouldChargeRefundAndAssignOnlyOnceWhenEveryEventArrivesTwice() {
		UUID delivered = this.foodMesh.placeOrder(pizzaInBerlin());
		UUID declined = this.foodMesh.placeOrder(pizzaInBerlin().paidWith(CARD_DECLINED));
		UUID noCourier = this.foodMesh.placeOrder(brezelInMunich());
		this.foodMesh.awaitStatus(delivered, DELIVERED);
		this.foodMesh.awaitStatus(declined, CANCELLED);
		this.foodMesh.awaitStatus(noCourier, CANCELLED);
		Set<String> orders = Set.of(delivered.toString(), declined.toString(), noCourier.toString());
		// records of other journeys (a poison record) may lack the key or the ce_subject
		// header
		Predicate<ConsumerRecord<byte[], byte[]>> ofTheseOrders = (record) -> Stream
			.of(KafkaProbe.key(record), KafkaProbe.header(record, "ce_subject"))
			.anyMatch((id) -> id != null && orders.contains(id));
		this.kafka.awaitConsumed(this.kafka.endOffsets(Topics.eventTopics()), Duration.ofSeconds(30));
		List<ConsumerRecord<byte[], byte[]>> published = this.kafka.read(Topics.eventTopics(), ofTheseOrders);
		assertThat(published.stream().map((record) -> KafkaProbe.header(record, "ce_type")))
			.as("event types of the three orders")
			.containsAll(EVERY_EVENT_TYPE);
		Map<UUID, String> before = snapshot(delivered, declined, noCourier);
		Map<FoodMeshService, Double> skippedBefore = skippedCounts();

		this.kafka.republish(published);
		this.kafka.awaitConsumed(this.kafka.endOffsets(Topics.eventTopics()), Duration.ofSeconds(60));

		List<ConsumerRecord<byte[], byte[]>> after = this.kafka.read(Topics.eventTopics(), ofTheseOrders);
		assertThat(after).as("records of the three orders: the originals and their copies, and nothing new")
			.hasSize(2 * published.size());
		assertThat(ids(after)).isEqualTo(ids(published));
		assertThat(snapshot(delivered, declined, noCourier)).isEqualTo(before);
		Map<FoodMeshService, Double> skippedAfter = skippedCounts();
		logger.info("Duplicate and ignored counters before {} and after {}", skippedBefore, skippedAfter);
		skippedAfter.forEach((service, count) -> assertThat(count - skippedBefore.getOrDefault(service, 0.0))
			.as("duplicates and ignored events counted by %s", service.serviceName())
			.isEqualTo((double) published.stream().filter((record) -> consumes(service, record.topic())).count()));
	}

	/**
	 * What duplicates must not change: statuses, histories, payments and deliveries, as
	 * one string per order.
	 */
	private Map<UUID, String> snapshot(UUID... orderIds) {
		Map<UUID, String> snapshot = new LinkedHashMap<>();
		for (UUID orderId : orderIds) {
			String payments = this.foodMesh.payments(orderId)
				.stream()
				.map((payment) -> Json.text(payment, "id") + ":" + Json.text(payment, "status"))
				.toList()
				.toString();
			String deliveries = this.foodMesh.deliveries(orderId)
				.stream()
				.map((delivery) -> Json.text(delivery, "id") + ":" + Json.text(delivery, "status") + ":"
						+ delivery.path("courier").path("id").asString(""))
				.toList()
				.toString();
			snapshot.put(orderId, this.foodMesh.order(orderId) + " payments " + payments + " deliveries " + deliveries);
		}
		return snapshot;
	}

	private static boolean consumes(FoodMeshService service, String topic) {
		return KafkaProbe.CONSUMER_GROUPS.get(topic).contains(service.serviceName());
	}

	private static Set<String> ids(List<ConsumerRecord<byte[], byte[]>> records) {
		return records.stream().map((record) -> KafkaProbe.header(record, "ce_id")).collect(Collectors.toSet());
	}

	/**
	 * The duplicate and ignored counters each consuming service exposes on
	 * {@code /actuator/prometheus}: the sum of every sample whose metric name mentions
	 * "duplicate" or "events_ignored". Each copy counts in one of them: a service ignores
	 * some types (payment {@code OrderPaid}, delivery {@code OrderCreated}) without
	 * claiming them, so their copies are ignored again rather than recognised as
	 * duplicates. Services that expose none are left out.
	 */
	private Map<FoodMeshService, Double> skippedCounts() {
		Map<FoodMeshService, Double> counts = new LinkedHashMap<>();
		for (FoodMeshService service : List.of(FoodMeshService.ORDER, FoodMeshService.PAYMENT,
				FoodMeshService.DELIVERY)) {
			List<Double> samples = Arrays.stream(this.foodMesh.prometheus(service).split("\n"))
				.filter((line) -> !line.startsWith("#")
						&& (line.contains("duplicate") || line.contains("events_ignored")))
				.map((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.toList();
			if (!samples.isEmpty()) {
				counts.put(service, samples.stream().mapToDouble(Double::doubleValue).sum());
			}
		}
		return counts;
	}

}
