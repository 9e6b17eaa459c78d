package dev.foodmesh.e2e;

import java.time.Duration;
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
import dev.foodmesh.events.Topics;

import static dev.foodmesh.e2e.support.DemoData.CARD_DECLINED;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.PAYMENT_DECLINED;
import static dev.foodmesh.e2e.support.OrderStatus.PAYMENT_PENDING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2: a declined card cancels the order; nothing is charged and no courier is
 * sent.
 */
@JourneyTest
@Order(2)
class DeclinedCardJourneyIT extends Journey {

	DeclinedCardJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldCancelAnOrderWhoseCardIsDeclinedWithoutDelivery() {
		UUID orderId = this.foodMesh.placeOrder(pizzaInBerlin().paidWith(CARD_DECLINED));

		OrderView cancelled = this.foodMesh.awaitStatus(orderId, CANCELLED);
		// every service has read everything published so far, this order's cancellation
		// included
		this.fleet.kafka().awaitConsumed(this.fleet.kafka().endOffsets(Topics.eventTopics()), Duration.ofSeconds(30));

		assertThat(cancelled.cancellationReason()).as("%s", cancelled).isEqualTo(PAYMENT_DECLINED);
		assertThat(cancelled.history()).as("%s", cancelled).containsExactly(PAYMENT_PENDING, CANCELLED);
		List<JsonNode> payments = this.foodMesh.payments(orderId);
		assertThat(payments).as("payments").hasSize(1);
		assertThat(Json.text(payments.get(0), "status")).as("%s", payments).isEqualTo("DECLINED");
		assertThat(this.foodMesh.deliveries(orderId)).as("deliveries").isEmpty();
		assertThat(this.foodMesh.order(orderId).history()).as("history after every event was consumed")
			.containsExactly(PAYMENT_PENDING, CANCELLED);
	}

}
