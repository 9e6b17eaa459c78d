package dev.foodmesh.order.messaging;

import org.junit.jupiter.api.Test;

import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.order.domain.CancellationReason;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderEvent;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationEventMapperTest {

	@Test
	void shouldCarryEverythingPaymentNeedsInOrderCreated() {
		Order order = OrderFixtures.anOrderAwaitingPayment();

		OrderCreatedEvent created = (OrderCreatedEvent) IntegrationEventMapper
			.toIntegrationEvent(new OrderEvent.Placed(order, order.createdAt()));

		assertThat(created.orderId()).isEqualTo(order.id().value());
		assertThat(created.total().amount()).isEqualTo(1900);
		assertThat(created.lines()).singleElement().satisfies((line) -> assertThat(line.quantity()).isEqualTo(2));
		assertThat(created.paymentToken()).isEqualTo("tok_visa");
		assertThat(created.restaurantCity()).isEqualTo("Berlin");
	}

	@Test
	void shouldCarryThePaymentAndTheRestaurantCityInOrderPaid() {
		Order paid = OrderFixtures.anOrderIn(OrderStatus.PAID);

		OrderPaidEvent event = (OrderPaidEvent) IntegrationEventMapper
			.toIntegrationEvent(new OrderEvent.Paid(paid, paid.updatedAt()));

		assertThat(event.paymentId()).isEqualTo(paid.paymentId().value());
		assertThat(event.restaurantCity()).isEqualTo("Berlin");
		assertThat(event.deliveryAddress().postalCode()).isEqualTo("10117");
	}

	@Test
	void shouldNameTheReasonAndTheRefundInOrderCancelled() {
		Order order = OrderFixtures.anOrderIn(OrderStatus.CANCELLATION_PENDING);

		OrderCancelledEvent event = (OrderCancelledEvent) IntegrationEventMapper.toIntegrationEvent(
				new OrderEvent.Cancelled(order, order.updatedAt(), CancellationReason.NO_COURIER, true, false));

		assertThat(event.reason()).isEqualTo("NO_COURIER");
		assertThat(event.refundRequested()).isTrue();
		assertThat(event.releaseConfirmationRequested()).isFalse();
	}

}
