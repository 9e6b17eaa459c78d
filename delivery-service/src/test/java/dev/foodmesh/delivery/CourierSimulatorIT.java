package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import dev.foodmesh.delivery.domain.CourierId;

/**
 * With the simulator on, a paid order is picked up and delivered without anyone calling
 * the API.
 */
@TestPropertySource(
		properties = { "foodmesh.delivery.simulator.enabled=true", "foodmesh.delivery.simulator.pickup-delay=1s",
				"foodmesh.delivery.simulator.delivery-delay=1s", "foodmesh.delivery.simulator.interval=200ms" })
class CourierSimulatorIT extends ServiceIntegrationTest {

	@Test
	void shouldPickUpAndDeliverAnAssignedOrderByItself() {
		String city = aCity();
		CourierId ada = hire("Ada", city, Duration.ZERO);
		UUID order = UUID.randomUUID();

		orderEvents.publish(paid(order, city));

		ConsumerRecord<String, byte[]> scheduled = deliveryEvents.awaitEvent(order, SCHEDULED);
		ConsumerRecord<String, byte[]> pickedUp = deliveryEvents.awaitEvent(order, PICKED_UP);
		ConsumerRecord<String, byte[]> completed = deliveryEvents.awaitEvent(order, COMPLETED);
		assertThat(occurredAt(pickedUp)).isAfterOrEqualTo(occurredAt(scheduled).plusSeconds(1));
		assertThat(occurredAt(completed)).isAfterOrEqualTo(occurredAt(pickedUp).plusSeconds(1));
		JsonNode delivery = awaitStatus(order, "COMPLETED");
		assertThat(delivery.path("completedAt").asString()).isNotEmpty();
		assertThat(courierStatus(ada, city)).isEqualTo("AVAILABLE");
	}

	private static Instant occurredAt(ConsumerRecord<String, byte[]> record) {
		return Instant.parse(deliveryEvents.payload(record).path("occurredAt").asString());
	}

}
