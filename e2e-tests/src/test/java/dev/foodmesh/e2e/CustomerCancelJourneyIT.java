package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.FoodMesh;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderView;
import dev.foodmesh.events.Topics;

import static dev.foodmesh.e2e.support.DemoData.BOB;
import static dev.foodmesh.e2e.support.DemoData.COURIER_ADA_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.COURIER_GRACE_BERLIN;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLATION_PENDING;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.CUSTOMER_CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.PAID;
import static dev.foodmesh.e2e.support.OrderStatus.PAYMENT_PENDING;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 5 (after payment): the customer cancels a paid order; the courier is released,
 * then the payment refunded. delivery-service is stopped while the order is paid and
 * cancelled, so that the cancellation surely comes before the simulated pickup. Meanwhile
 * the order waits in CANCELLATION_PENDING, still charged: the refund waits for
 * delivery-service to confirm the release. When it is back it assigns a courier for
 * {@code OrderPaid}, releases it for {@code OrderCancelled} and says so, and only then is
 * the payment refunded. (The race with a pickup is {@link CancelRacingPickupJourneyIT}.)
 */
@JourneyTest
@Order(9)
class CustomerCancelJourneyIT extends Journey {

	CustomerCancelJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldRefundAndReleaseTheCourierWhenTheCustomerCancelsAPaidOrder() {
		UUID orderId;
		this.fleet.stop(DELIVERY);
		try {
			orderId = this.foodMesh.placeOrder(pizzaInBerlin().by(BOB));
			this.foodMesh.awaitStatus(orderId, PAID);

			HttpResult cancellation = this.foodMesh.cancel(orderId);

			assertThat(cancellation.status()).as("%s", cancellation).isEqualTo(200);
			assertThat(this.foodMesh.order(orderId).status()).isEqualTo(CANCELLATION_PENDING);
			assertThat(this.foodMesh.payments(orderId)).as("no refund before delivery confirms the release")
				.singleElement()
				.satisfies((payment) -> assertThat(Json.text(payment, "status")).isEqualTo("AUTHORIZED"));
		}
		finally {
			this.fleet.start(DELIVERY);
		}
		OrderView cancelled = this.foodMesh.awaitStatus(orderId, CANCELLED);
		assertThat(cancelled.cancellationReason()).as("%s", cancelled).isEqualTo(CUSTOMER_CANCELLED);
		assertThat(cancelled.steps()).as("%s", cancelled)
			.extracting(OrderView.Step::toString)
			.containsExactly(PAYMENT_PENDING, PAID, "CANCELLATION_PENDING(CUSTOMER_CANCELLED)",
					"CANCELLATION_PENDING(DELIVERY_RELEASED)", "CANCELLED(CUSTOMER_CANCELLED)");
		List<JsonNode> payments = this.foodMesh.payments(orderId);
		assertThat(payments).as("payments").hasSize(1);
		assertThat(Json.text(payments.get(0), "status")).as("%s", payments).isEqualTo("REFUNDED");
		await("the delivery of " + orderId + " released").atMost(FoodMesh.SAGA_STEP)
			.until(() -> this.foodMesh.deliveries(orderId),
					(found) -> found.size() == 1 && "RELEASED".equals(Json.text(found.get(0), "status")));
		await("both Berlin couriers available again").atMost(Duration.ofSeconds(10))
			.until(() -> List.of(courierStatus(COURIER_ADA_BERLIN), courierStatus(COURIER_GRACE_BERLIN)),
					(statuses) -> statuses.equals(List.of("AVAILABLE", "AVAILABLE")));
		this.fleet.kafka().awaitConsumed(this.fleet.kafka().endOffsets(Topics.eventTopics()), Duration.ofSeconds(30));
		OrderView settled = this.foodMesh.order(orderId);
		assertThat(settled.status()).as("after delivery-service caught up: %s", settled).isEqualTo(CANCELLED);
		assertThat(settled.steps()).as("after delivery-service caught up: %s", settled).isEqualTo(cancelled.steps());
	}

	private String courierStatus(UUID courierId) {
		return this.foodMesh.couriers()
			.stream()
			.filter((courier) -> courierId.toString().equals(Json.text(courier, "id")))
			.map((courier) -> Json.text(courier, "status"))
			.findFirst()
			.orElse("(not listed)");
	}

}
