package dev.foodmesh.e2e;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderView;

import static dev.foodmesh.e2e.support.OrderRequest.brezelInMunich;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLATION_PENDING;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.NO_COURIER;
import static dev.foodmesh.e2e.support.OrderStatus.PAID;
import static dev.foodmesh.e2e.support.OrderStatus.PAYMENT_PENDING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3: a paid order in Munich, the city without couriers, is cancelled and its
 * payment refunded.
 */
@JourneyTest
@Order(3)
class NoCourierJourneyIT extends Journey {

	NoCourierJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldRefundAndCancelAPaidOrderThatNoCourierCanTake() {
		UUID orderId = this.foodMesh.placeOrder(brezelInMunich());

		OrderView cancelled = this.foodMesh.awaitStatus(orderId, CANCELLED);

		assertThat(cancelled.cancellationReason()).as("%s", cancelled).isEqualTo(NO_COURIER);
		assertThat(cancelled.history()).as("%s", cancelled)
			.containsExactly(PAYMENT_PENDING, PAID, CANCELLATION_PENDING, CANCELLED);
		List<JsonNode> payments = this.foodMesh.payments(orderId);
		assertThat(payments).as("payments").hasSize(1);
		assertThat(Json.text(payments.get(0), "status")).as("%s", payments).isEqualTo("REFUNDED");
		List<JsonNode> deliveries = this.foodMesh.deliveries(orderId);
		assertThat(deliveries).as("deliveries").hasSize(1);
		assertThat(Json.text(deliveries.get(0), "status")).as("%s", deliveries).isEqualTo("FAILED");
		assertThat(Json.text(deliveries.get(0), "failureReason")).as("%s", deliveries).isEqualTo(NO_COURIER);
		assertThat(deliveries.get(0).has("courier")).as("%s", deliveries).isFalse();
	}

}
