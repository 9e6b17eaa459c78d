package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

import dev.foodmesh.delivery.domain.CourierId;

/**
 * Couriers hired over {@code POST /couriers}, on the real Postgres: the API shows them at
 * once, and assignment treats them as it treats couriers seeded into the table, for the
 * next paid order and for a delivery already waiting.
 */
class CourierOnboardingIT extends ServiceIntegrationTest {

	private final String city = aCity();

	@Test
	void shouldHireACourierThatTheApiShowsAtOnce() {
		EntityExchangeResult<JsonNode> created = hire(" Ada Lovelace ");
		JsonNode courier = created.getResponseBody();
		assertThat(courier.path("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(courier.path("city").asString()).isEqualTo(city);
		assertThat(courier.path("status").asString()).isEqualTo("AVAILABLE");
		assertThat(courier.path("statusSince").asString()).isNotEmpty();
		String location = created.getResponseHeaders().getLocation().toString();
		assertThat(location).isEqualTo("/couriers/" + courier.path("id").asString());

		JsonNode read = http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(read).isEqualTo(courier);
		JsonNode page = http.get()
			.uri(builder -> builder.path("/couriers").queryParam("city", city).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(page.path("totalItems").asInt()).isOne();
		assertThat(page.path("items").path(0)).isEqualTo(courier);
	}

	@Test
	void shouldAssignAHiredCourierToTheNextPaidOrderOfItsCity() {
		String ada = hire("Ada").getResponseBody().path("id").asString();
		UUID order = UUID.randomUUID();

		orderEvents.publish(paid(order, city));

		JsonNode scheduled = deliveryEvents.payload(deliveryEvents.awaitEvent(order, SCHEDULED));
		assertThat(scheduled.path("courierId").asString()).isEqualTo(ada);
		assertThat(scheduled.path("courierName").asString()).isEqualTo("Ada");
		assertThat(courierStatus(courierId(ada), city)).isEqualTo("BUSY");
	}

	@Test
	void shouldGiveAHiredCourierToADeliveryAlreadyWaitingInItsCity() {
		UUID order = UUID.randomUUID();
		orderEvents.publish(paid(order, city));
		awaitStatus(order, "UNASSIGNED");

		String grace = hire("Grace").getResponseBody().path("id").asString();

		// the courier-wait scan's next pass takes the new courier, well within the 15 s
		// wait
		JsonNode scheduled = deliveryEvents.payload(deliveryEvents.awaitEvent(order, SCHEDULED));
		assertThat(scheduled.path("courierId").asString()).isEqualTo(grace);
		assertThat(awaitStatus(order, "ASSIGNED").path("courier").path("id").asString()).isEqualTo(grace);
	}

	@Test
	void shouldAnswerBadInputWithAProblemAndHireNobody() {
		badRequest(Map.of("name", "Ada", "city", city + "\u0000")).jsonPath("$.errors[0].field").isEqualTo("city");
		badRequest(Map.of("name", "N".repeat(101), "city", city)).jsonPath("$.errors[0].field").isEqualTo("name");
		badRequest(Map.of("city", city)).jsonPath("$.errors[0].field").isEqualTo("name");
		http.get()
			.uri("/couriers/{id}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/courier-not-found");
		http.get()
			.uri("/couriers/not-a-uuid")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/invalid-parameter");

		http.get()
			.uri(builder -> builder.path("/couriers").queryParam("city", city).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
	}

	private EntityExchangeResult<JsonNode> hire(String name) {
		return http.post()
			.uri("/couriers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name, "city", city))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult();
	}

	private BodyContentSpec badRequest(Map<String, String> body) {
		return http.post()
			.uri("/couriers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/validation-failed");
	}

	private static CourierId courierId(String id) {
		return new CourierId(UUID.fromString(id));
	}

}
