package dev.foodmesh.delivery;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.persistence.CourierRoster;
import dev.foodmesh.events.Address;
import dev.foodmesh.events.Money;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderLine;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.ProcessedEvents;
import dev.foodmesh.testsupport.RunningServiceTest;

/**
 * The whole service on the real Postgres 18 and the real KRaft broker of
 * {@link TestInfrastructure}, with BlockHound installed (blockhound-junit-platform). Each
 * test hires couriers in a city of its own, so tests share nothing. The context is closed
 * after each class, so that only one consumer of the group is ever running.
 */
@TestPropertySource(
		properties = { "foodmesh.delivery.courier-wait=15s", "foodmesh.delivery.assignment-interval=200ms" })
@ContextConfiguration(initializers = TestInfrastructure.DeliveryService.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServiceIntegrationTest extends RunningServiceTest {

	// long enough for a cold, busy CI JVM to free a courier over HTTP before a waiting
	// delivery gives up
	static final Duration COURIER_WAIT = Duration.ofSeconds(15);

	static final String SCHEDULED = "dev.foodmesh.delivery.scheduled.v1";

	static final String FAILED = "dev.foodmesh.delivery.failed.v1";

	static final String PICKED_UP = "dev.foodmesh.delivery.picked-up.v1";

	static final String COMPLETED = "dev.foodmesh.delivery.completed.v1";

	static final Duration SAGA_STEP = Duration.ofSeconds(60);

	static OrderEventsPublisher orderEvents;

	static DeliveryEventsProbe deliveryEvents;

	/**
	 * A courier who is also an operator: acts on deliveries and registers couriers
	 * (docs/security.md).
	 */
	@Override
	protected String token() {
		return DevIssuer.mint("it-staff", List.of("courier", "operator"), Duration.ofHours(1));
	}

	@Autowired
	private DatabaseClient database;

	@BeforeAll
	static void kafkaClients() {
		orderEvents = new OrderEventsPublisher();
		deliveryEvents = new DeliveryEventsProbe();
	}

	@AfterAll
	static void closeKafkaClients() {
		orderEvents.close();
		deliveryEvents.close();
	}

	CourierId hire(String name, String city, Duration idleFor) {
		return new CourierRoster(database).hire(name, city, Instant.now().minus(idleFor)).block();
	}

	static OrderPaidEvent paid(UUID orderId, String city) {
		return new OrderPaidEvent(UUID.randomUUID(), orderId, Instant.now(), UUID.randomUUID(), UUID.randomUUID(), city,
				new Address("Torstr. 1", city, "10119"));
	}

	static OrderCreatedEvent created(UUID orderId, String city) {
		Money price = new Money(950, "EUR");
		return new OrderCreatedEvent(UUID.randomUUID(), orderId, Instant.now(), UUID.randomUUID(), UUID.randomUUID(),
				city, List.of(new OrderLine(UUID.randomUUID(), "Margherita", 1, price, price)), price,
				new Address("Torstr. 1", city, "10119"), "tok_visa");
	}

	/** The order's delivery, once the service has one. */
	JsonNode deliveryOf(UUID orderId) {
		return await().atMost(SAGA_STEP)
			.until(() -> deliveries(orderId), page -> page.path("totalItems").asInt() == 1)
			.path("items")
			.get(0);
	}

	/**
	 * Whether the consumer has applied the event (committed its claim in
	 * {@code processed_events}).
	 */
	boolean processed(UUID eventId) {
		return ProcessedEvents.claimed(database, eventId);
	}

	int deliveryCount(UUID orderId) {
		return deliveries(orderId).path("totalItems").asInt();
	}

	JsonNode awaitStatus(UUID orderId, String status) {
		return await().atMost(SAGA_STEP)
			.until(() -> deliveries(orderId).path("items").path(0),
					delivery -> status.equals(delivery.path("status").asString()));
	}

	String courierStatus(CourierId courier, String city) {
		JsonNode page = http.get()
			.uri(builder -> builder.path("/couriers").queryParam("city", city).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		for (JsonNode item : page.path("items")) {
			if (courier.toString().equals(item.path("id").asString())) {
				return item.path("status").asString();
			}
		}
		throw new AssertionError("No courier " + courier + " in " + page);
	}

	private JsonNode deliveries(UUID orderId) {
		return http.get()
			.uri("/deliveries?orderId={orderId}", orderId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	// a delivery written by the statement that took or freed its courier shares the
	// courier's new row version's transaction and command
	int writtenWithTheirCourier(List<UUID> orders) {
		return database.sql("""
				select count(*) as deliveries from deliveries d join couriers c on c.id = d.courier_id
				where d.order_id = any(:orders) and d.xmin::text = c.xmin::text and d.cmin::text = c.cmin::text""")
			.bind("orders", orders.toArray(UUID[]::new))
			.map(row -> row.get("deliveries", Long.class))
			.one()
			.map(Long::intValue)
			.block();
	}

	// rows one statement wrote last share their transaction (xmin) and command (cmin)
	int statementsThatWrote(List<UUID> orders) {
		return database
			.sql("select count(distinct (xmin::text, cmin::text)) as statements from deliveries "
					+ "where order_id = any(:orders)")
			.bind("orders", orders.toArray(UUID[]::new))
			.map(row -> row.get("statements", Long.class))
			.one()
			.map(Long::intValue)
			.block();
	}

}
