package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.events.order.OrderCancelledEvent;

/**
 * A paid order's cancellation asks delivery-service to confirm the release before
 * order-service refunds (review E1): the courier is released and {@code DeliveryReleased}
 * answers, or the courier already has the food and {@code DeliveryReleaseRefused}
 * answers. Every request gets one answer; a redelivered request gets none.
 */
class ReleaseConfirmationIT extends ServiceIntegrationTest {

	private static final String RELEASED = "dev.foodmesh.delivery.released.v1";

	private static final String REFUSED = "dev.foodmesh.delivery.release-refused.v1";

	private final String city = aCity();

	private final UUID order = UUID.randomUUID();

	@Test
	void shouldReleaseTheCourierAndConfirmItOncePerRequest() {
		CourierId ada = hire("Ada", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		String delivery = deliveryEvents.payload(deliveryEvents.awaitEvent(order, SCHEDULED))
			.path("deliveryId")
			.asString();
		ProducerRecord<String, byte[]> ask = orderEvents.recordOf(askingRelease(order));

		orderEvents.send(ask);
		orderEvents.send(ask);
		OrderCancelledEvent askedAgain = askingRelease(order);
		orderEvents.publish(askedAgain);

		await().atMost(SAGA_STEP).until(() -> processed(askedAgain.eventId()));
		List<ConsumerRecord<String, byte[]>> answers = await().atMost(SAGA_STEP)
			.until(() -> deliveryEvents.poll(order, RELEASED), found -> found.size() >= 2);
		assertThat(answers).hasSize(2)
			.allSatisfy(answer -> assertThat(deliveryEvents.payload(answer).path("deliveryId").asString())
				.isEqualTo(delivery));
		assertThat(deliveryEvents.poll(order, REFUSED)).isEmpty();
		assertThat(awaitStatus(order, "RELEASED").has("courier")).isFalse();
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
	}

	@Test
	void shouldRefuseTheReleaseOnceTheCourierHasTheFoodAndLetTheDeliveryFinish() {
		hire("Ada", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		deliveryEvents.awaitEvent(order, SCHEDULED);
		String delivery = deliveryOf(order).path("id").asString();
		move(delivery, "pickup");

		orderEvents.publish(askingRelease(order));

		JsonNode refused = deliveryEvents.payload(deliveryEvents.awaitEvent(order, REFUSED));
		assertThat(refused.path("deliveryId").asString()).isEqualTo(delivery);
		assertThat(refused.path("deliveryStatus").asString()).isEqualTo("PICKED_UP");
		assertThat(deliveryOf(order).path("status").asString()).isEqualTo("PICKED_UP");
		move(delivery, "complete");
		orderEvents.publish(askingRelease(order));
		await().atMost(SAGA_STEP).until(() -> deliveryEvents.poll(order, REFUSED), found -> found.size() == 2);
		assertThat(deliveryEvents.payload(deliveryEvents.poll(order, REFUSED).get(1)).path("deliveryStatus").asString())
			.isEqualTo("COMPLETED");
		assertThat(deliveryEvents.poll(order, RELEASED)).isEmpty();
	}

	@Test
	void shouldConfirmTheReleaseOfAnOrderWithoutDeliveryAndScheduleNoneLater() {
		hire("Ada", city, Duration.ZERO);

		orderEvents.publish(askingRelease(order));
		JsonNode released = deliveryEvents.payload(deliveryEvents.awaitEvent(order, RELEASED));
		var latePaid = paid(order, city);
		orderEvents.publish(latePaid);

		assertThat(released.path("deliveryId").isNull()).isTrue();
		await().atMost(SAGA_STEP).until(() -> processed(latePaid.eventId()));
		assertThat(deliveryCount(order)).isZero();
	}

	@RepeatedTest(3)
	void shouldSettleAPickupRacingTheCancellationOneWayOnly() {
		hire("Ada", city, Duration.ZERO);
		orderEvents.publish(paid(order, city));
		deliveryEvents.awaitEvent(order, SCHEDULED);
		String delivery = deliveryOf(order).path("id").asString();

		CompletableFuture<Integer> pickup = CompletableFuture.supplyAsync(() -> pickUp(delivery));
		orderEvents.publish(askingRelease(order));

		String answer = await().atMost(SAGA_STEP).until(() -> answerTo(order), found -> found != null);
		if (RELEASED.equals(answer)) {
			assertThat(pickup.join()).as("pickup after the release").isEqualTo(409);
			assertThat(awaitStatus(order, "RELEASED")).isNotNull();
		}
		else {
			assertThat(pickup.join()).as("pickup before the refusal").isEqualTo(200);
			assertThat(deliveryOf(order).path("status").asString()).isEqualTo("PICKED_UP");
		}
	}

	private String answerTo(UUID orderId) {
		if (!deliveryEvents.poll(orderId, RELEASED).isEmpty()) {
			return RELEASED;
		}
		return deliveryEvents.poll(orderId, REFUSED).isEmpty() ? null : REFUSED;
	}

	private int pickUp(String delivery) {
		return http.post().uri("/deliveries/{id}/pickup", delivery).exchange().returnResult().getStatus().value();
	}

	private void move(String delivery, String action) {
		http.post().uri("/deliveries/{id}/{action}", delivery, action).exchange().expectStatus().isOk();
	}

	private static OrderCancelledEvent askingRelease(UUID orderId) {
		return new OrderCancelledEvent(UUID.randomUUID(), orderId, Instant.now(), "CUSTOMER_CANCELLED", false, true);
	}

}
