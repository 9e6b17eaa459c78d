package dev.foodmesh.e2e.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static dev.foodmesh.infra.FoodMeshService.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public HTTP API of the five services as the journeys use it. Calls that a journey
 * expects to succeed assert their status here, with the whole response in the message
 * when they do not.
 */
public final class FoodMesh {

	/**
	 * Long enough for a saga step on a busy 2-core machine, short enough to fail a stuck
	 * journey quickly.
	 */
	public static final Duration SAGA_STEP = Duration.ofSeconds(45);

	private final Endpoints endpoints;

	public FoodMesh(Endpoints endpoints) {
		this.endpoints = endpoints;
	}

	public Endpoints endpoints() {
		return this.endpoints;
	}

	/** {@code POST /orders} as is, for tests that look at the answer. */
	public HttpResult place(OrderRequest order, String idempotencyKey) {
		return Http.post(this.endpoints.api(ORDER, "/orders"))
			.as(DevIssuer.customer(order.userId()))
			.header("Idempotency-Key", idempotencyKey)
			.json(order.toJson())
			.send();
	}

	/** Places an order that must be accepted and answers its id. */
	public UUID placeOrder(OrderRequest order) {
		HttpResult placed = place(order, UUID.randomUUID().toString());
		assertThat(placed.status()).as("%s", placed).isEqualTo(201);
		return UUID.fromString(Json.text(placed.json(), "id", "orderId"));
	}

	public HttpResult getOrder(UUID orderId) {
		return Http.get(this.endpoints.api(ORDER, "/orders/" + orderId)).send();
	}

	public OrderView order(UUID orderId) {
		HttpResult found = getOrder(orderId);
		assertThat(found.status()).as("%s", found).isEqualTo(200);
		return OrderView.from(found.json());
	}

	/** {@code POST /orders/{id}/cancel} as the customer who placed it. */
	public HttpResult cancel(UUID orderId) {
		String customer = Json.text(order(orderId).raw(), "userId");
		return Http.post(this.endpoints.api(ORDER, "/orders/" + orderId + "/cancel"))
			.as(DevIssuer.customer(customer))
			.send();
	}

	/**
	 * Waits until the order has the status, failing early if it ends in another terminal
	 * status.
	 */
	public OrderView awaitStatus(UUID orderId, String status) {
		return awaitStatus(orderId, status, SAGA_STEP);
	}

	public OrderView awaitStatus(UUID orderId, String status, Duration atMost) {
		AtomicReference<OrderView> last = new AtomicReference<>();
		await("order " + orderId + " reaching " + status).atMost(atMost).failFast(() -> {
			OrderView seen = last.get();
			if (seen != null && seen.isTerminal() && !status.equals(seen.status())) {
				throw new AssertionError("expected " + status + " but the order ended as " + seen);
			}
		}).untilAsserted(() -> {
			last.set(order(orderId));
			assertThat(last.get().status()).as("%s", last.get()).isEqualTo(status);
		});
		return last.get();
	}

	/** Waits until the order is DELIVERED or CANCELLED. */
	public OrderView awaitTerminal(UUID orderId, Duration atMost) {
		return await("order " + orderId + " reaching a terminal status").atMost(atMost)
			.until(() -> order(orderId), OrderView::isTerminal);
	}

	/** {@code GET /payments?orderId=}: every payment of the order. */
	public List<JsonNode> payments(UUID orderId) {
		return list(PAYMENT, "/payments?orderId=" + orderId);
	}

	/** {@code GET /deliveries?orderId=}: every delivery of the order. */
	public List<JsonNode> deliveries(UUID orderId) {
		return list(DELIVERY, "/deliveries?orderId=" + orderId);
	}

	public List<JsonNode> couriers() {
		return list(DELIVERY, "/couriers?size=100");
	}

	/**
	 * How many orders a user has, from the {@code totalItems} of
	 * {@code GET /orders?userId=}.
	 */
	public long orderCount(UUID userId) {
		HttpResult page = Http.get(this.endpoints.api(ORDER, "/orders?userId=" + userId + "&size=1")).send();
		assertThat(page.status()).as("%s", page).isEqualTo(200);
		return page.json().path("totalItems").asLong();
	}

	/** The Prometheus text of a service's management port. */
	public String prometheus(FoodMeshService service) {
		HttpResult scraped = Http.get(this.endpoints.management(service, "/actuator/prometheus"))
			.header("Accept", "text/plain")
			.send();
		assertThat(scraped.status()).as("%s", scraped).isEqualTo(200);
		return scraped.body();
	}

	/** Opens {@code GET /orders/{id}/events} and reads its statuses in the background. */
	public StatusStream statusStream(UUID orderId) {
		return StatusStream.open(this.endpoints.api(ORDER, "/orders/" + orderId + "/events"));
	}

	private List<JsonNode> list(FoodMeshService service, String pathAndQuery) {
		HttpResult found = Http.get(this.endpoints.api(service, pathAndQuery)).send();
		assertThat(found.status()).as("%s", found).isEqualTo(200);
		return Json.items(found.json());
	}

}
