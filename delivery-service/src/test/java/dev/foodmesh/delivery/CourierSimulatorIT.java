package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.DeliveryEventsProbe.header;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.testsupport.CloudEventRecords;

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

	private static Instant occurredAt(ConsumerRecord<String, byte[]> record) {
		return Instant.parse(deliveryEvents.payload(record).path("occurredAt").asString());
	}

}
