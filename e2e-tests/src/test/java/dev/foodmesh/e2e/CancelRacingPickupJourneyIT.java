package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.FoodMesh;
import dev.foodmesh.e2e.support.Http;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderView;
import dev.foodmesh.events.Topics;

import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERY_SCHEDULED;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 5b (review E1): the customer cancels while the courier picks the food up, at
 * moments spread around the simulated pickup, and half the time a courier's pickup
 * request fires at the same instant as the cancel. Whichever wins, the saga settles one
 * way: cancelled, refunded and released, or delivered, charged and the cancel refused;
 * never refunded and delivered. Before the release confirmation the drill counted 5
 * orders delivered while cancelled.
 */
@JourneyTest
@Order(9)
class CancelRacingPickupJourneyIT extends Journey {

	private static final Logger logger = LoggerFactory.getLogger(CancelRacingPickupJourneyIT.class);

	/**
	 * How long after the order shows DELIVERY_SCHEDULED the cancel is sent; the simulator
	 * picks up after 1 s.
	 */
	private static final List<Duration> CANCEL_DELAYS = List.of(Duration.ZERO, Duration.ZERO, Duration.ofMillis(300),
			Duration.ofMillis(600), Duration.ofMillis(800), Duration.ofMillis(1000));

	CancelRacingPickupJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldSettleEveryCancelRacingAPickupOneWayOnly() throws Exception {
		List<Settled> rounds = new ArrayList<>();
		for (int round = 0; round < CANCEL_DELAYS.size(); round++) {
			rounds.add(race(CANCEL_DELAYS.get(round), round % 2 == 0));
		}
		this.fleet.kafka().awaitConsumed(this.fleet.kafka().endOffsets(Topics.eventTopics()), Duration.ofSeconds(30));

		logger.info("Cancel racing pickup: {}", rounds);
		for (Settled settled : rounds) {
			assertConsistent(settled, reread(settled));
		}
	}

	private Settled race(Duration cancelDelay, boolean courierPicksUpToo) throws Exception {
		UUID orderId = this.foodMesh.placeOrder(pizzaInBerlin());
		this.foodMesh.awaitStatus(orderId, DELIVERY_SCHEDULED);
		String delivery = Json.text(this.foodMesh.deliveries(orderId).getFirst(), "id");

		Executor atTheCancel = CompletableFuture.delayedExecutor(cancelDelay.toMillis(), TimeUnit.MILLISECONDS);
		CompletableFuture<?> pickup = courierPicksUpToo
				? CompletableFuture.runAsync(() -> pickUp(delivery), atTheCancel)
				: CompletableFuture.completedFuture(null);
		HttpResult cancelled = CompletableFuture.supplyAsync(() -> this.foodMesh.cancel(orderId), atTheCancel).get();
		pickup.get();

		assertThat(cancelled.status()).as("%s", cancelled).isIn(200, 409);
		OrderView order = this.foodMesh.awaitTerminal(orderId, FoodMesh.SAGA_STEP);
		return settled(order, cancelled.status());
	}

	// 200 or 409: the simulator may have picked up already, or the cancel may have
	// released the courier
	private void pickUp(String delivery) {
		Http.post(this.fleet.api(DELIVERY, "/deliveries/" + delivery + "/pickup")).send();
	}

	private Settled reread(Settled settled) {
		return settled(this.foodMesh.order(settled.order().id()), settled.cancelStatus());
	}

	private Settled settled(OrderView order, int cancelStatus) {
		String payment = Json.text(this.foodMesh.payments(order.id()).getFirst(), "status");
		String delivery = await("the delivery of " + order.id() + " settled").atMost(FoodMesh.SAGA_STEP)
			.until(() -> Json.text(this.foodMesh.deliveries(order.id()).getFirst(), "status"),
					(status) -> List.of("RELEASED", "COMPLETED").contains(status));
		return new Settled(order, cancelStatus, payment, delivery);
	}

	private static void assertConsistent(Settled before, Settled after) {
		assertThat(after).as("unchanged once every event was consumed").isEqualTo(before);
		if (CANCELLED.equals(after.order().status())) {
			assertThat(after.order().steps()).as("%s", after)
				.extracting(OrderView.Step::reason)
				.contains("DELIVERY_RELEASED");
			assertThat(List.of(after.payment(), after.delivery())).as("%s", after)
				.containsExactly("REFUNDED", "RELEASED");
		}
		else {
			assertThat(after.order().status()).as("%s", after).isEqualTo(DELIVERED);
			assertThat(List.of(after.payment(), after.delivery())).as("%s", after)
				.containsExactly("AUTHORIZED", "COMPLETED");
			if (after.cancelStatus() == 200) {
				assertThat(after.order().steps()).as("an accepted cancel was refused: %s", after)
					.extracting(OrderView.Step::reason)
					.containsAnyOf("CANCEL_REFUSED_PICKED_UP", "CANCEL_REFUSED_DELIVERED");
			}
		}
	}

	/**
	 * How one race ended: the order, the answer to the cancel, the payment's and the
	 * delivery's status.
	 */
	private record Settled(OrderView order, int cancelStatus, String payment, String delivery) {

		@Override
		public String toString() {
			return this.order.status() + " (cancel " + this.cancelStatus + ", payment " + this.payment + ", delivery "
					+ this.delivery + ", history " + this.order.steps() + ")";
		}

	}

}
