package dev.foodmesh.order.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import dev.foodmesh.infra.Database;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.RunningServiceTest;

import static org.awaitility.Awaitility.await;

/**
 * One order-service on the real Postgres and Kafka of {@link TestInfrastructure}, with
 * user- and restaurant-service stubbed over HTTP ({@link RunningServiceTest}: random
 * ports, BlockHound). Every IT class shares this configuration, hence one application
 * context per test JVM. The status stream's periodic re-read is pushed out of the way, so
 * that the SSE test proves the LISTEN/NOTIFY path.
 * <p>
 * The service reaches Postgres over R2DBC through {@link #database()}, a relay that
 * {@code DatabaseOutageIT} cuts to take the database away (Flyway connects directly). The
 * relay's and consumers' backoff is capped at 2 s so that they are back soon after it is
 * restored.
 */
@TestPropertySource(properties = { "foodmesh.order.payment-timeout-scan.interval=500ms",
		"foodmesh.order.lookups.connect-timeout=2s", "foodmesh.order.lookups.response-timeout=2s",
		"foodmesh.order.status-stream.keep-alive=1s", "foodmesh.order.status-stream.resync-interval=1h",
		"foodmesh.messaging.outbox.retry-backoff.max=2s", "foodmesh.messaging.consumer.retry-backoff.max=2s" })
abstract class OrderServiceITSupport extends RunningServiceTest {

	static final DependencyStubs DEPENDENCIES = new DependencyStubs();

	static final SagaTopics TOPICS = new SagaTopics();

	/**
	 * The service (and consumer group) that sends payment replies, as
	 * {@code TOPICS.publish} names the source.
	 */
	static final String PAYMENT = "payment-service";

	/** The service that sends delivery replies. */
	static final String DELIVERY = "delivery-service";

	private static final Pattern USER_ID = Pattern.compile("\"userId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private static volatile @Nullable DatabaseProxy database;

	@LocalServerPort
	int port;

	/** The service's own database, to look at its outbox and tables. */
	@Autowired
	DatabaseClient db;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerProperties("order-service", registry);
		registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://127.0.0.1:" + database().port() + "/"
				+ TestInfrastructure.database("order-service").name());
		registry.add("foodmesh.order.user-service-url", DEPENDENCIES::url);
		registry.add("foodmesh.order.restaurant-service-url", DEPENDENCIES::url);
	}

	/**
	 * The relay between the service's R2DBC connections and Postgres, started on first
	 * use.
	 */
	static synchronized DatabaseProxy database() {
		DatabaseProxy current = database;
		if (current == null) {
			Database postgres = TestInfrastructure.database("order-service");
			current = DatabaseProxy.to(postgres.host(), postgres.port());
			database = current;
		}
		return current;
	}

	/** A client with an operator's token: it reads every order (docs/security.md). */
	WebTestClient client() {
		return clientWith(DevIssuer.operator());
	}

	/**
	 * A client with the token of the customer {@code userId}: places, watches and cancels
	 * their orders.
	 */
	WebTestClient customer(String userId) {
		return clientWith(DevIssuer.customer(userId));
	}

	/** A client with the token of the customer who placed order {@code id}. */
	WebTestClient ownerOf(UUID id) {
		return customer(get(id).userId().toString());
	}

	private WebTestClient clientWith(String token) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** The body of a valid order of two Margheritas for {@code userId}. */
	static String order(String userId) {
		return """
				{"userId":"%s","restaurantId":"%s","items":[{"menuItemId":"%s","quantity":2}],
				 "deliveryAddress":{"street":"Unter den Linden 1","city":"Berlin","postalCode":"10117"},
				 "paymentToken":"tok_visa"}""".formatted(userId, DependencyStubs.PIZZERIA_ROMA,
				DependencyStubs.MARGHERITA);
	}

	/** The service's metrics, as Prometheus scrapes them from the management port. */
	String prometheus() {
		return client().mutate()
			.baseUrl("http://localhost:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * {@code POST /orders} as the customer the body names (any customer when it names
	 * none).
	 */
	WebTestClient.ResponseSpec post(String key, String body) {
		Matcher user = USER_ID.matcher(body);
		return customer(user.find() ? user.group(1) : UUID.randomUUID().toString()).post()
			.uri("/orders")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** Places an order for a fresh user and answers its id. */
	UUID place() {
		return post(UUID.randomUUID().toString(), order(UUID.randomUUID().toString())).expectStatus()
			.isCreated()
			.expectBody(OrderJson.class)
			.returnResult()
			.getResponseBody()
			.id();
	}

	/**
	 * Places an order and takes it to DELIVERY_SCHEDULED with a payment and a delivery
	 * reply; answers its id.
	 */
	UUID scheduledOrder() {
		UUID id = place();
		Replies replies = new Replies(id);
		TOPICS.publish(replies.authorized(), PAYMENT);
		// the two replies travel on two topics, consumed independently: delivery's could
		// otherwise come first
		awaitStatus(id, "PAID");
		TOPICS.publish(replies.scheduled(), DELIVERY);
		awaitStatus(id, "DELIVERY_SCHEDULED");
		return id;
	}

	/**
	 * Adds each status the order's SSE stream shows to {@code statuses}; completes when
	 * the stream ends (the order is final).
	 */
	CompletableFuture<Void> statusStream(UUID id, List<String> statuses) {
		return WebClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + DevIssuer.operator())
			.build()
			.get()
			.uri("/orders/{id}/events", id)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.filter((event) -> "status".equals(event.event()))
			.doOnNext((event) -> statuses.add((String) event.data().get("status")))
			.then()
			.toFuture();
	}

	OrderJson get(UUID id) {
		return client().get()
			.uri("/orders/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderJson.class)
			.returnResult()
			.getResponseBody();
	}

	OrderJson awaitStatus(UUID id, String status) {
		await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(get(id).status()));
		return get(id);
	}

	/** The parts of the order view the ITs look at. */
	record OrderJson(UUID id, UUID userId, String status, @Nullable String cancellationReason,
			@Nullable Courier courier, List<Entry> history) {

		record Courier(UUID id, String name) {
		}

		record Entry(String status, @Nullable String reason) {
		}

		List<String> statuses() {
			return this.history.stream().map(Entry::status).toList();
		}

	}

}
