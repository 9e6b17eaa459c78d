package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.FoodMesh;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderStatus;
import dev.foodmesh.e2e.support.OrderView;

import static dev.foodmesh.e2e.support.DemoData.ALICE;
import static dev.foodmesh.e2e.support.DemoData.BOB;
import static dev.foodmesh.e2e.support.DemoData.CAROL;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderRequest.sushiInHamburg;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.e2e.support.OrderStatus.HAPPY_PATH;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 10: delivery-service crashes (SIGKILL) while orders are between payment and
 * delivery; started again, it loses none of them: every order is delivered, with one
 * payment and one delivery each.
 */
@JourneyTest
@Order(10)
class ServiceRestartJourneyIT extends Journey {

	ServiceRestartJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldDeliverEveryOrderInFlightWhenDeliveryServiceIsKilledAndRestarted() {
		// as many orders as there are couriers: two in Berlin, one in Hamburg
		List<UUID> orders = List.of(this.foodMesh.placeOrder(pizzaInBerlin().by(ALICE)),
				this.foodMesh.placeOrder(sushiInHamburg().by(BOB)),
				this.foodMesh.placeOrder(pizzaInBerlin().by(CAROL)));
		await("a delivery in progress").atMost(FoodMesh.SAGA_STEP)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> orders.stream().map(this.foodMesh::order).map(OrderView::status).toList(),
					(statuses) -> statuses.contains(OrderStatus.DELIVERY_SCHEDULED));

		this.fleet.kill(DELIVERY);
		this.fleet.start(DELIVERY);

		for (UUID orderId : orders) {
			OrderView delivered = this.foodMesh.awaitStatus(orderId, DELIVERED, Duration.ofSeconds(90));
			assertThat(delivered.history()).as("%s", delivered).containsExactlyElementsOf(HAPPY_PATH);
			List<JsonNode> payments = this.foodMesh.payments(orderId);
			assertThat(payments).as("payments of %s", orderId).hasSize(1);
			assertThat(Json.text(payments.get(0), "status")).isEqualTo("AUTHORIZED");
			List<JsonNode> deliveries = this.foodMesh.deliveries(orderId);
			assertThat(deliveries).as("deliveries of %s", orderId).hasSize(1);
			assertThat(Json.text(deliveries.get(0), "status")).isEqualTo("COMPLETED");
		}
	}

}
