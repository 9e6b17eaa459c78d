package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.DeliveryEventsProbe.header;
import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.ManagementPort;
import dev.foodmesh.infra.ServiceDocs;
import dev.foodmesh.testsupport.BlockHoundCanary;

/**
 * The saga steps delivery-service owns, driven through Kafka and HTTP as order-service
 * and couriers drive them.
 */
class OrderSagaIT extends ServiceIntegrationTest implements BlockHoundCanary {

	private final String city = aCity();

	private final UUID order = UUID.randomUUID();

	@Test
	void shouldAssignTheCourierIdleLongestAndPublishTheSchedule() {
		CourierId ada = hire("Ada", city, Duration.ofMinutes(10));
		hire("Grace", city, Duration.ofMinutes(1));

		orderEvents.publish(paid(order, city));

		ConsumerRecord<String, byte[]> scheduled = deliveryEvents.awaitEvent(order, SCHEDULED);
		assertThat(scheduled.key()).isEqualTo(order.toString());
		assertThat(header(scheduled, "ce_specversion")).isEqualTo("1.0");
		assertThat(header(scheduled, "ce_subject")).isEqualTo(order.toString());
		assertThat(header(scheduled, "ce_source")).isEqualTo("/foodmesh/delivery-service");
		assertThat(header(scheduled, "content-type")).isEqualTo("application/json");
		JsonNode event = deliveryEvents.payload(scheduled);
		assertThat(header(scheduled, "ce_id")).isEqualTo(event.path("eventId").asString());
		assertThat(event.path("courierId").asString()).isEqualTo(ada.toString());
		assertThat(event.path("courierName").asString()).isEqualTo("Ada");
		JsonNode delivery = deliveryOf(order);
		assertThat(delivery.path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(delivery.path("courier").path("name").asString()).isEqualTo("Ada");
		assertThat(delivery.path("estimatedDeliveryAt")).isEqualTo(event.path("estimatedDeliveryAt"));
		assertThat(courierStatus(ada, city)).isEqualTo("BUSY");
	}

	@Test
	void shouldPublishPickupAndCompletionAndFreeTheCourier() {
		CourierId ada = hire("Ada", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		deliveryEvents.awaitEvent(order, SCHEDULED);
		String delivery = deliveryOf(order).path("id").asString();

		move(ada, delivery, "pickup").jsonPath("$.status").isEqualTo("PICKED_UP").jsonPath("$.pickedUpAt").isNotEmpty();
		move(ada, delivery, "pickup").jsonPath("$.status").isEqualTo("PICKED_UP");
		move(ada, delivery, "complete").jsonPath("$.status").isEqualTo("COMPLETED");

		ConsumerRecord<String, byte[]> pickedUp = deliveryEvents.awaitEvent(order, PICKED_UP);
		ConsumerRecord<String, byte[]> completed = deliveryEvents.awaitEvent(order, COMPLETED);
		assertThat(pickedUp.partition()).isEqualTo(completed.partition());
		assertThat(pickedUp.offset()).isLessThan(completed.offset());
		assertThat(deliveryEvents.poll(order, PICKED_UP)).hasSize(1);
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
		as(ada).post()
			.uri("/deliveries/{id}/pickup", delivery)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/delivery-status-conflict");
	}

	@Test
	void shouldFailWithNoCourierOnceTheWaitHasPassed() {
		Instant paidAt = Instant.now();

		orderEvents.publish(paid(order, city));

		JsonNode failed = deliveryEvents.payload(deliveryEvents.awaitEvent(order, FAILED));
		assertThat(failed.path("reason").asString()).isEqualTo("NO_COURIER");
		assertThat(Instant.parse(failed.path("occurredAt").asString())).isAfterOrEqualTo(paidAt.plus(COURIER_WAIT));
		JsonNode delivery = awaitStatus(order, "FAILED");
		assertThat(delivery.path("failureReason").asString()).isEqualTo("NO_COURIER");
		assertThat(delivery.has("courier")).isFalse();
	}

	@Test
	void shouldGiveACourierFreedByACompletionToAWaitingDelivery() {
		CourierId ada = hire("Ada", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		deliveryEvents.awaitEvent(order, SCHEDULED);
		UUID waiting = UUID.randomUUID();
		orderEvents.publish(paid(waiting, city));
		awaitStatus(waiting, "UNASSIGNED");

		String first = deliveryOf(order).path("id").asString();
		move(ada, first, "pickup");
		move(ada, first, "complete");

		JsonNode scheduled = deliveryEvents.payload(deliveryEvents.awaitEvent(waiting, SCHEDULED));
		assertThat(scheduled.path("courierId").asString()).isEqualTo(ada.toString());
	}

	@Test
	void shouldReleaseTheCourierWhenTheOrderIsCancelled() {
		CourierId ada = hire("Ada", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		deliveryEvents.awaitEvent(order, SCHEDULED);

		orderEvents.publish(cancelled(order));

		JsonNode released = awaitStatus(order, "RELEASED");
		assertThat(released.has("courier")).isFalse();
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
	}

	@Test
	void shouldScheduleNothingForAnOrderPaidThatArrivesAfterItsCancellation() {
		CourierId ada = hire("Ada", city, Duration.ZERO);
		orderEvents.publish(cancelled(order));
		// a dead-lettered OrderPaid, redriven by an operator after the order was
		// cancelled, comes last
		OrderPaidEvent lateOrderPaid = paid(order, city);
		orderEvents.publish(lateOrderPaid);

		await().atMost(SAGA_STEP).until(() -> processed(lateOrderPaid.eventId()));
		assertThat(deliveryCount(order)).isZero();
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
		assertThat(deliveryEvents.poll(order, SCHEDULED)).isEmpty();
	}

	// OrderCreated is not ours: the kit acknowledges it without claiming it, and the
	// order's next event is applied
	@Test
	void shouldAcknowledgeAnOrderCreatedWithoutClaimingItAndCountItAsIgnored() {
		hire("Ada", city, Duration.ZERO);
		OrderCreatedEvent created = created(order, city);
		OrderPaidEvent paid = paid(order, city);

		orderEvents.publish(created);
		orderEvents.publish(paid);

		await().atMost(SAGA_STEP).until(() -> processed(paid.eventId()));
		assertThat(processed(created.eventId())).as("claimed in processed_events").isFalse();
		assertThat(ManagementPort.probesUpThenScrape(managementPort))
			.containsPattern("foodmesh_events_ignored_total\\{[^}]*type=\"dev.foodmesh.order.created.v1\"[^}]*} [1-9]");
	}

	@Test
	void shouldAssignOnceWhenOrderPaidIsRedeliveredOrRepeatedUnderANewEventId() {
		CourierId ada = hire("Ada", city, Duration.ofMinutes(1));
		CourierId grace = hire("Grace", city, Duration.ZERO);
		ProducerRecord<String, byte[]> paid = orderEvents.recordOf(paid(order, city));

		orderEvents.send(paid);
		orderEvents.send(paid);
		orderEvents.publish(paid(order, city));
		// one order's events are handled in order: once the cancellation shows, every
		// OrderPaid before it was handled
		orderEvents.publish(cancelled(order));
		awaitStatus(order, "RELEASED");

		// the relay publishes the schedule after its commit, and the probe reads the
		// topic from its beginning: one poll may not reach it yet
		deliveryEvents.awaitEvent(order, SCHEDULED);
		assertThat(deliveryEvents.poll(order, SCHEDULED)).hasSize(1);
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
		assertThat(courierStatus(grace, city)).isEqualTo("AVAILABLE");
	}

	@Test
	void shouldGiveTheOnlyCourierToOneOfTwoRacingOrders() {
		hire("Ada", city, Duration.ZERO);
		UUID other = UUID.randomUUID();

		orderEvents.publish(paid(order, city));
		orderEvents.publish(paid(other, city));

		await().atMost(SAGA_STEP).until(() -> count(FAILED, order, other) == 1 && count(SCHEDULED, order, other) == 1);
		assertThat(deliveryEvents.poll(order, SCHEDULED)).hasSameSizeAs(deliveryEvents.poll(other, FAILED));
	}

	@Test
	void shouldDocumentItselfOnTheManagementPort() {
		ServiceDocs.verify("delivery-service", managementPort);
	}

	@Test
	void shouldExposeProbesAndDeliveryMetricsOnTheManagementPort() {
		WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();

		management.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		String metrics = management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("foodmesh_delivery_assignments_total", "foodmesh_delivery_releases_total",
				"foodmesh_delivery_failures_total{reason=\"NO_COURIER\"");
	}

	@Test
	void shouldRefuseACourierTheDeliveryOfAnotherAndChangeNothing() {
		CourierId ada = hire("Ada", city, Duration.ofMinutes(10));
		CourierId grace = hire("Grace", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		deliveryEvents.awaitEvent(order, SCHEDULED);
		String delivery = deliveryOf(order).path("id").asString();

		expectProblem(as(grace).post().uri("/deliveries/{id}/pickup", delivery).exchange(), 403, "forbidden");

		assertThat(deliveryOf(order).path("status").asString()).isEqualTo("ASSIGNED");
		assertThat(courierStatus(ada, city)).isEqualTo("BUSY");
		move(ada, delivery, "pickup");
		// the refused pickup published nothing: the only pickup is Ada's
		deliveryEvents.awaitEvent(order, PICKED_UP);
		assertThat(deliveryEvents.poll(order, PICKED_UP)).hasSize(1);
	}

	private BodyContentSpec move(CourierId courier, String delivery, String action) {
		return as(courier).post()
			.uri("/deliveries/{id}/{action}", delivery, action)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	/** The courier's own token, as the courier app sends it. */
	private WebTestClient as(CourierId courier) {
		return http.mutate()
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + DevIssuer.courier(courier.value()))
			.build();
	}

	private static int count(String ceType, UUID... orders) {
		int count = 0;
		for (UUID orderId : orders) {
			count += deliveryEvents.poll(orderId, ceType).size();
		}
		return count;
	}

	private static OrderCancelledEvent cancelled(UUID orderId) {
		return new OrderCancelledEvent(UUID.randomUUID(), orderId, Instant.now(), "CUSTOMER_CANCELLED", true, false);
	}

}
