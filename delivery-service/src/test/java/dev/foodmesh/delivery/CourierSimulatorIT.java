package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.DeliveryEventsProbe.header;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.test.context.TestPropertySource;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.testsupport.CloudEventRecords;

/**
 * With the simulator on, a paid order is picked up and delivered without anyone calling
 * the API; the deliveries one pass finds due are moved, and their couriers freed, by one
 * statement (HeldMoves).
 */
@TestPropertySource(
		properties = { "foodmesh.delivery.simulator.enabled=true", "foodmesh.delivery.simulator.pickup-delay=1s",
				"foodmesh.delivery.simulator.delivery-delay=1s", "foodmesh.delivery.simulator.interval=200ms" })
class CourierSimulatorIT extends ServiceIntegrationTest {

	private static final Duration DELAY = Duration.ofSeconds(1);

	@Autowired
	@Qualifier("courierSimulator")
	private SmartLifecycle simulator;

	@Test
	void shouldPickUpAndDeliverAnAssignedOrderByItself() {
		String city = aCity();
		CourierId ada = hire("Ada", city, Duration.ZERO);
		UUID order = UUID.randomUUID();

		String trace = "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01";
		orderEvents.send(CloudEventRecords.header(orderEvents.recordOf(paid(order, city)), "traceparent", trace));

		ConsumerRecord<String, byte[]> scheduled = deliveryEvents.awaitEvent(order, SCHEDULED);
		ConsumerRecord<String, byte[]> pickedUp = deliveryEvents.awaitEvent(order, PICKED_UP);
		ConsumerRecord<String, byte[]> completed = deliveryEvents.awaitEvent(order, COMPLETED);
		assertThat(occurredAt(pickedUp)).isAfterOrEqualTo(occurredAt(scheduled).plusSeconds(1));
		assertThat(occurredAt(completed)).isAfterOrEqualTo(occurredAt(pickedUp).plusSeconds(1));
		JsonNode delivery = awaitStatus(order, "COMPLETED");
		assertThat(delivery.path("completedAt").asString()).isNotEmpty();
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
		// the simulator's steps continue the trace the delivery kept, read with its row
		assertThat(List.of(pickedUp, completed)).extracting(record -> header(record, "traceparent").split("-")[1])
			.containsOnly(trace.split("-")[1]);
	}

	@Test
	void shouldMoveTheDeliveriesDueInOnePassWithOneStatement() throws InterruptedException {
		String city = aCity();
		List<UUID> orders = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		orders.forEach(order -> hire("Courier of " + order, city, Duration.ZERO));

		// the simulator resumes once all three are due, so that one pass finds them
		whileTheSimulatorIsStopped(() -> {
			orders.forEach(order -> orderEvents.send(orderEvents.recordOf(paid(order, city))));
			orders.forEach(order -> awaitStatus(order, "ASSIGNED"));
		});
		orders.forEach(order -> deliveryEvents.awaitEvent(order, PICKED_UP));
		whileTheSimulatorIsStopped(
				() -> assertThat(statementsThatWrote(orders)).as("statements that picked up the three deliveries")
					.isEqualTo(1));
		orders.forEach(order -> deliveryEvents.awaitEvent(order, COMPLETED));

		whileTheSimulatorIsStopped(() -> {
			assertThat(statementsThatWrote(orders)).as("statements that completed the three deliveries").isEqualTo(1);
			assertThat(writtenWithTheirCourier(orders))
				.as("deliveries completed by the statement that freed their courier")
				.isEqualTo(3);
		});
		orders
			.forEach(order -> assertThat(awaitStatus(order, "COMPLETED").path("completedAt").asString()).isNotEmpty());
	}

	// stopped, the simulator finishes its pass; the pause outlasts both delays, so every
	// delivery that was assigned or picked up before it is due when the simulator resumes
	private void whileTheSimulatorIsStopped(Runnable work) throws InterruptedException {
		AtomicBoolean stopped = new AtomicBoolean();
		simulator.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
		try {
			work.run();
			Thread.sleep(DELAY.plusMillis(100).toMillis());
		}
		finally {
			simulator.start();
		}
	}

	private static Instant occurredAt(ConsumerRecord<String, byte[]> record) {
		return Instant.parse(deliveryEvents.payload(record).path("occurredAt").asString());
	}

}
