package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.FoodMesh;
import dev.foodmesh.e2e.support.Http;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.e2e.support.DemoData.ALICE;
import static dev.foodmesh.e2e.support.DemoData.BOB;
import static dev.foodmesh.e2e.support.DemoData.PIZZERIA_ROMA_BERLIN;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static dev.foodmesh.infra.FoodMeshService.PAYMENT;
import static dev.foodmesh.infra.FoodMeshService.RESTAURANT;
import static dev.foodmesh.infra.FoodMeshService.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what (docs/security.md), against the real fleet: each service verifies the
 * token itself, so every kind of rule is refused as problem+json: 401 without a token or
 * with one the issuer did not sign, 403 for the wrong role, for another customer's id or
 * order, for another courier's delivery. The management port needs no token.
 */
@JourneyTest
@Order(11)
class AuthorizationJourneyIT extends Journey {

	private static final String PROBLEMS = "https://foodmesh.dev/problems/";

	AuthorizationJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldRefuseEveryServiceWithoutATokenOrWithAForgedOrExpiredOne() {
		String valid = DevIssuer.customer(ALICE);
		String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
		String expired = DevIssuer.mint(ALICE.toString(), List.of("customer"), Duration.ofMinutes(-5));

		for (Http.Request request : List.of(get(ORDER, "/orders?userId=" + ALICE), get(USER, "/users/" + ALICE),
				get(RESTAURANT, "/restaurants"), get(PAYMENT, "/payments?orderId=" + UUID.randomUUID()),
				Http.post(this.fleet.api(DELIVERY, "/deliveries/" + UUID.randomUUID() + "/pickup")))) {
			unauthorized(request.anonymous().send());
		}
		unauthorized(get(ORDER, "/orders").as(forged).send());
		unauthorized(get(ORDER, "/orders").as(expired).send());
		unauthorized(get(USER, "/users/" + ALICE).as(forged).send());
		unauthorized(get(RESTAURANT, "/restaurants").as(expired).send());
		unauthorized(place(ALICE, null));
	}

	@Test
	void shouldLetACustomerPlaceOnlyAsThemselvesAndSeeOnlyTheirOwnOrders() {
		UUID alices = this.foodMesh.placeOrder(pizzaInBerlin());
		String bob = DevIssuer.customer(BOB);

		forbidden(place(ALICE, bob));
		forbidden(get(ORDER, "/orders/" + alices).as(bob).send());
		// asked as a status stream, so that content negotiation lets the request reach
		// the ownership check
		forbidden(get(ORDER, "/orders/" + alices + "/events")
			.header("Accept", "text/event-stream, application/problem+json")
			.as(bob)
			.send());
		forbidden(get(ORDER, "/orders?userId=" + ALICE).as(bob).send());
		forbidden(Http.post(this.fleet.api(ORDER, "/orders/" + alices + "/cancel")).as(bob).send());
		forbidden(Http.post(this.fleet.api(ORDER, "/orders/" + alices + "/cancel")).as(DevIssuer.operator()).send());
		forbidden(get(USER, "/users/" + ALICE).as(bob).send());

		assertThat(get(USER, "/users/" + ALICE).as(DevIssuer.customer(ALICE)).send().status()).isEqualTo(200);
		assertThat(get(ORDER, "/orders/" + alices).as(DevIssuer.customer(ALICE)).send().status()).isEqualTo(200);
		assertThat(get(ORDER, "/orders/" + alices).as(DevIssuer.operator()).send().status()).isEqualTo(200);
	}

	@Test
	void shouldLeaveCourierActionsToCouriersAndOperatorsAndAdministrationToOperators() {
		String alice = DevIssuer.customer(ALICE);
		String pickup = "/deliveries/" + UUID.randomUUID() + "/pickup";

		forbidden(Http.post(this.fleet.api(DELIVERY, pickup)).as(alice).send());
		forbidden(get(DELIVERY, "/deliveries?orderId=" + UUID.randomUUID()).as(alice).send());
		forbidden(get(PAYMENT, "/payments?orderId=" + UUID.randomUUID()).as(DevIssuer.courier()).send());
		forbidden(get(USER, "/users").as(alice).send());
		forbidden(Http.request("PATCH", this.fleet.api(USER, "/users/" + ALICE))
			.as(alice)
			.json("{\"status\":\"ACTIVE\"}")
			.send());
		forbidden(Http.request("PATCH", this.fleet.api(RESTAURANT, "/restaurants/" + PIZZERIA_ROMA_BERLIN))
			.as(DevIssuer.courier())
			.json("{\"open\":false}")
			.send());
		// the courier's and the operator's tokens pass the rule: the delivery does not
		// exist
		assertThat(Http.post(this.fleet.api(DELIVERY, pickup)).as(DevIssuer.courier()).send().status()).isEqualTo(404);
		assertThat(Http.post(this.fleet.api(DELIVERY, pickup)).as(DevIssuer.operator()).send().status()).isEqualTo(404);
	}

	@Test
	void shouldLetACourierMoveOnlyTheDeliveryAssignedToThem() {
		UUID order = this.foodMesh.placeOrder(pizzaInBerlin());
		// a delivery keeps its courier once assigned, through pickup and completion: no
		// status to catch in passing
		JsonNode delivery = await("a courier for order " + order).atMost(FoodMesh.SAGA_STEP)
			.until(() -> this.foodMesh.deliveries(order),
					(found) -> !found.isEmpty() && found.getFirst().has("courier"))
			.getFirst();
		String move = "/deliveries/" + Json.text(delivery, "id");
		String assigned = DevIssuer.courier(Json.text(delivery.path("courier"), "id"));
		String another = DevIssuer.courier(UUID.randomUUID());

		forbidden(Http.post(this.fleet.api(DELIVERY, move + "/pickup")).as(another).send());
		forbidden(Http.post(this.fleet.api(DELIVERY, move + "/complete")).as(another).send());
		// its own courier passes: 200, or 409 once the simulator has completed it
		assertThat(Http.post(this.fleet.api(DELIVERY, move + "/pickup")).as(assigned).send().status()).isIn(200, 409);
	}

	@Test
	void shouldAnswerHealthAndMetricsOnTheManagementPortWithoutAToken() {
		for (FoodMeshService service : FoodMeshService.values()) {
			HttpResult health = Http.get(this.fleet.management(service, "/actuator/health/readiness"))
				.anonymous()
				.send();
			assertThat(health.status()).as("%s", health).isEqualTo(200);
		}
	}

	private Http.Request get(FoodMeshService service, String pathAndQuery) {
		return Http.get(this.fleet.api(service, pathAndQuery));
	}

	/** Places Alice's order with {@code token}, or none when it is null. */
	private HttpResult place(UUID user, String token) {
		Http.Request request = Http.post(this.fleet.api(ORDER, "/orders"))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.json(pizzaInBerlin().by(user).toJson());
		return ((token != null) ? request.as(token) : request.anonymous()).send();
	}

	private static void unauthorized(HttpResult answer) {
		problem(answer, 401, "unauthorized");
		assertThat(answer.header("WWW-Authenticate")).as("%s", answer).startsWith("Bearer");
	}

	private static void forbidden(HttpResult answer) {
		problem(answer, 403, "forbidden");
	}

	private static void problem(HttpResult answer, int status, String slug) {
		assertThat(answer.status()).as("%s", answer).isEqualTo(status);
		assertThat(answer.mediaType()).as("%s", answer).isEqualTo("application/problem+json");
		assertThat(answer.json().path("type").asString()).as("%s", answer).isEqualTo(PROBLEMS + slug);
	}

}
