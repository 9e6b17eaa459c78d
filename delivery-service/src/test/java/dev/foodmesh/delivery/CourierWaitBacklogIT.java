package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A backlog of deliveries waiting for a courier, as a busy local stack builds one within
 * seconds: more than one pass of the courier-wait scan takes on (batch-size 100), so the
 * scan must keep working through it.
 */
class CourierWaitBacklogIT extends ServiceIntegrationTest {

	private static final int BACKLOG = 150;

	@Test
	void shouldFailEveryDeliveryOfABacklogWithNoCourierOnceTheWaitHasPassed() {
		String city = aCity();
		List<UUID> orders = newOrders();

		orders.forEach(order -> orderEvents.publish(paid(order, city)));

		await().atMost(COURIER_WAIT.plus(SAGA_STEP)).until(() -> deliveryEvents.count(orders, FAILED) == BACKLOG);
	}

	private static List<UUID> newOrders() {
		return Stream.generate(UUID::randomUUID).limit(BACKLOG).toList();
	}

}
