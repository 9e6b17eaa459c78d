package dev.foodmesh.payment;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.foodmesh.events.order.OrderCreatedEvent;

/** Redelivery and repetition never charge twice. */
class PaymentIdempotencyIT extends PaymentServiceITSupport {

	@Test
	void shouldChargeOnceWhenOrderCreatedIsRedeliveredOrRepeatedUnderANewEventId() throws Exception {
		UUID orderId = UUID.randomUUID();
		OrderCreatedEvent created = OrderEvents.created(orderId, "tok_visa");

		orderEvents.publish(created, created, OrderEvents.created(orderId, "tok_visa"));

		awaitRecords(orderId, AUTHORIZED, 1);
		assertStaysAt(orderId, AUTHORIZED, 1);
		paymentsOf(orderId).jsonPath("$.items.length()").isEqualTo(1);
	}

	@Test
	void shouldNeverChargeAnOrderWhoseCancellationCameFirst() throws Exception {
		UUID orderId = UUID.randomUUID();

		orderEvents.publish(OrderEvents.cancelled(orderId, "PAYMENT_TIMEOUT"),
				OrderEvents.created(orderId, "tok_visa"));

		assertStaysAt(orderId, AUTHORIZED, 0);
		assertStaysAt(orderId, DECLINED, 0);
		paymentsOf(orderId).json("{\"items\":[]}");
	}

}
