package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderView;
import dev.foodmesh.e2e.support.StatusStream;

import static dev.foodmesh.e2e.support.DemoData.COURIER_ADA_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.COURIER_GRACE_BERLIN;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.e2e.support.OrderStatus.HAPPY_PATH;
import static org.assertj.core.api.Assertions.assertThat;

/** Journey 1: an order with an approving card in a city with couriers is delivered. */
@JourneyTest
@Order(1)
class HappyPathJourneyIT extends Journey {

	HappyPathJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldDeliverAPaidOrderThroughEveryStatusAndStreamThem() {
		HttpResult placed = this.foodMesh.place(pizzaInBerlin(), UUID.randomUUID().toString());
		assertThat(placed.status()).as("%s", placed).isEqualTo(201);
		UUID orderId = UUID.fromString(Json.text(placed.json(), "id"));
		assertThat(placed.header("Location")).as("Location of %s", placed).endsWith("/orders/" + orderId);

		OrderView delivered;
		List<String> streamed;
		try (StatusStream live = this.foodMesh.statusStream(orderId)) {
			delivered = this.foodMesh.awaitStatus(orderId, DELIVERED);
			streamed = live.awaitCompletion(Duration.ofSeconds(15));
			assertThat(live.contentType()).startsWith("text/event-stream");
		}

		assertThat(delivered.history()).as("%s", delivered).containsExactlyElementsOf(HAPPY_PATH);
		assertThat(delivered.cancellationReason()).isNull();
		assertThat(Json.amount(delivered.raw(), "total")).as("%s", delivered.raw()).isEqualTo(2 * 950 + 1150);
		assertThat(streamed).as("statuses streamed live").isNotEmpty();
		assertThat(streamed).as("statuses streamed live: the current one first, then every change in order")
			.containsExactlyElementsOf(HAPPY_PATH.subList(HAPPY_PATH.indexOf(streamed.get(0)), HAPPY_PATH.size()));
		List<JsonNode> payments = this.foodMesh.payments(orderId);
		assertThat(payments).as("payments").hasSize(1);
		assertThat(Json.text(payments.get(0), "status")).isEqualTo("AUTHORIZED");
		assertThat(Json.amount(payments.get(0), "amount")).as("%s", payments).isEqualTo(2 * 950 + 1150);
		List<JsonNode> deliveries = this.foodMesh.deliveries(orderId);
		assertThat(deliveries).as("deliveries").hasSize(1);
		assertThat(Json.text(deliveries.get(0), "status")).isEqualTo("COMPLETED");
		assertThat(deliveries.get(0).path("courier").path("id").asString()).as("%s", deliveries)
			.isIn(COURIER_ADA_BERLIN.toString(), COURIER_GRACE_BERLIN.toString());
	}

	@Test
	void shouldStreamTheCurrentStatusOfADeliveredOrderAndComplete() {
		UUID orderId = this.foodMesh.placeOrder(pizzaInBerlin());
		this.foodMesh.awaitStatus(orderId, DELIVERED);

		List<String> streamed;
		try (StatusStream stream = this.foodMesh.statusStream(orderId)) {
			streamed = stream.awaitCompletion(Duration.ofSeconds(10));
		}

		assertThat(streamed).containsExactly(DELIVERED);
	}

}
