package dev.foodmesh.order.it;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Postgres goes away under a running order-service (its connections die, new ones are
 * refused) and comes back: while it is gone every endpoint answers 503 problem+json with
 * {@code Retry-After}, never 500, and nothing is half written; once it is back the API,
 * the outbox relay and the saga consumers carry on by themselves.
 */
class DatabaseOutageIT extends OrderServiceITSupport {

	@AfterEach
	void databaseBack() {
		database().restore();
	}

	@Test
	void shouldAnswerServiceUnavailableWhileTheDatabaseIsDownAndRecoverWhenItIsBack() {
		UUID placed = place();
		String user = UUID.randomUUID().toString();
		String key = "outage-" + user;

		WebTestClient owner = ownerOf(placed);
		database().cut();
		unavailable(post(key, order(user)));
		unavailable(client().get().uri("/orders/{id}", placed).exchange());
		unavailable(client().get().uri("/orders?userId={user}", user).exchange());
		unavailable(owner.post().uri("/orders/{id}/cancel", placed).exchange());
		database().restore();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> client().get().uri("/orders/{id}", placed).exchange().expectStatus().isOk());
		// the request refused during the outage wrote nothing: its key places the order
		// now
		UUID after = post(key, order(user)).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "false")
			.expectBody(OrderJson.class)
			.returnResult()
			.getResponseBody()
			.id();
		// the relay publishes again, and a saga reply is consumed again
		assertThat(SagaTopics.records(Topics.ORDER_EVENTS, after, (found) -> !found.isEmpty())).isNotEmpty();
		TOPICS.publish(new Replies(after).authorized(), PAYMENT);
		awaitStatus(after, "PAID");
	}

	private static void unavailable(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Retry-After", "5")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/database-unavailable")
			.jsonPath("$.status")
			.isEqualTo(503);
	}

}
