package dev.foodmesh.order.it;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.ServiceDocs;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /orders} end to end: lookups over HTTP, one transaction, the event on the
 * real topic.
 */
class PlaceOrderIT extends OrderServiceITSupport {

	@AfterEach
	void dependenciesBackUp() {
		DEPENDENCIES.mode(DependencyStubs.Mode.UP);
	}

	@Test
	void shouldStoreTheOrderAndPublishOrderCreatedInTheCloudEventsEnvelope() {
		String user = UUID.randomUUID().toString();

		OrderJson placed = post("place-1-" + user, order(user)).expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/orders/[0-9a-f-]{36}")
			.expectBody(OrderJson.class)
			.returnResult()
			.getResponseBody();

		assertThat(get(placed.id()).status()).isEqualTo("PAYMENT_PENDING");
		ConsumerRecord<String, byte[]> record = SagaTopics
			.records(Topics.ORDER_EVENTS, placed.id(), (found) -> !found.isEmpty())
			.getFirst();
		assertThat(SagaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo("dev.foodmesh.order.created.v1");
		assertThat(SagaTopics.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(SagaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(placed.id().toString());
		assertThat(SagaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/foodmesh/order-service");
		OrderCreatedEvent event = SagaTopics.event(record, OrderCreatedEvent.class);
		assertThat(event.total().amount()).isEqualTo(1900);
		assertThat(event.restaurantCity()).isEqualTo("Berlin");
		assertThat(event.paymentToken()).isEqualTo("tok_visa");
	}

	@Test
	void shouldRelayTheCustomersTokenToItsLookups() {
		String user = UUID.randomUUID().toString();

		String token = DevIssuer.customer(user);

		customer(user).mutate()
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build()
			.post()
			.uri("/orders")
			.header("Idempotency-Key", "relay-" + user)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(order(user))
			.exchange()
			.expectStatus()
			.isCreated();

		assertThat(DEPENDENCIES.lastAuthorization("/users/")).isEqualTo("Bearer " + token);
		assertThat(DEPENDENCIES.lastAuthorization("/restaurants/")).isEqualTo("Bearer " + token);
	}

	@Test
	void shouldReplayTheSameKeyAndBodyAndRefuseTheKeyWithAnotherBody() {
		String user = UUID.randomUUID().toString();
		String key = "replay-" + user;
		byte[] first = post(key, order(user)).expectStatus().isCreated().expectBody().returnResult().getResponseBody();
		String reformatted = order(user).replace("\n", " ")
			.replace("\"paymentToken\":\"tok_visa\",", "")
			.replace("{\"userId\"", "{\"paymentToken\":\"tok_visa\",\"userId\"");

		post(key, reformatted).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectBody()
			.consumeWith((replay) -> assertThat(replay.getResponseBody()).isEqualTo(first));
		post(key, order(user).replace("\"quantity\":2", "\"quantity\":3")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/idempotency-key-reused");
		assertThat(ordersOf(user)).isEqualTo(1);
	}

	@Test
	void shouldReplayTheOrderAsPlacedByteForByteAfterItMovedOn() {
		String user = UUID.randomUUID().toString();
		String key = "moved-on-" + user;
		byte[] firstBody = post(key, order(user)).expectStatus()
			.isCreated()
			.expectBody()
			.returnResult()
			.getResponseBody();
		String id = JsonMapper.builder().build().readTree(firstBody).get("id").asString();
		customer(user).post().uri("/orders/{id}/cancel", id).exchange().expectStatus().isOk();

		post(key, order(user)).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectBody()
			.consumeWith((replay) -> assertThat(replay.getResponseBody()).isEqualTo(firstBody))
			.jsonPath("$.status")
			.isEqualTo("PAYMENT_PENDING");
	}

	@Test
	void shouldCreateOneOrderForConcurrentRequestsWithOneKey() throws Exception {
		String user = UUID.randomUUID().toString();
		Callable<UUID> attempt = () -> post("race-" + user, order(user)).expectStatus()
			.isCreated()
			.expectBody(OrderJson.class)
			.returnResult()
			.getResponseBody()
			.id();

		List<UUID> ids;
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			List<Future<UUID>> futures = IntStream.range(0, 6).mapToObj((i) -> pool.submit(attempt)).toList();
			ids = futures.stream().map(PlaceOrderIT::result).toList();
		}

		assertThat(ids).containsOnly(ids.getFirst());
		assertThat(ordersOf(user)).isEqualTo(1);
	}

	@Test
	void shouldAnswerServiceUnavailableAndWriteNothingWhenADependencyIsDownOrSlow() {
		String user = UUID.randomUUID().toString();

		DEPENDENCIES.mode(DependencyStubs.Mode.DOWN);
		post("down-" + user, order(user)).expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		DEPENDENCIES.mode(DependencyStubs.Mode.SLOW);
		post("down-" + user, order(user)).expectStatus().isEqualTo(503).expectHeader().exists("Retry-After");

		assertThat(ordersOf(user)).isZero();
		DEPENDENCIES.mode(DependencyStubs.Mode.UP);
		post("down-" + user, order(user)).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "false");
	}

	@Test
	void shouldNameTheCauseWhenUserRestaurantOrItemIsRefused() {
		String suspended = order(DependencyStubs.MALLORY_SUSPENDED);
		refused(suspended, "user-suspended");
		refused(order(DependencyStubs.UNKNOWN_USER), "unknown-user");
		refused(order(UUID.randomUUID().toString()).replace(DependencyStubs.PIZZERIA_ROMA,
				DependencyStubs.CLOSED_KITCHEN), "restaurant-closed");
		refused(order(UUID.randomUUID().toString()).replace(DependencyStubs.PIZZERIA_ROMA,
				UUID.randomUUID().toString()), "unknown-restaurant");
		refused(order(UUID.randomUUID().toString()).replace(DependencyStubs.MARGHERITA,
				DependencyStubs.TIRAMISU_UNAVAILABLE), "menu-item-unavailable")
			.jsonPath("$.menuItemId")
			.isEqualTo(DependencyStubs.TIRAMISU_UNAVAILABLE);
		refused(order(UUID.randomUUID().toString()).replace(DependencyStubs.PIZZERIA_ROMA,
				DependencyStubs.NEWER_KITCHEN), "restaurant-refused");
	}

	@Test
	void shouldDocumentItselfOnTheManagementPort() {
		ServiceDocs.verify("order-service", this.managementPort);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec refused(String body,
			String slug) {
		return post(UUID.randomUUID().toString(), body).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/" + slug);
	}

	private int ordersOf(String user) {
		return client().get()
			.uri("/orders?userId={user}", user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Page.class)
			.returnResult()
			.getResponseBody()
			.totalItems();
	}

	private static UUID result(Future<UUID> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Page(int totalItems) {
	}

}
