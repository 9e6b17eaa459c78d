package dev.foodmesh.order.messaging;

import java.util.UUID;

import dev.foodmesh.events.Address;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.Money;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderLine;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderDetails;
import dev.foodmesh.order.domain.OrderEvent;
import dev.foodmesh.order.domain.PaymentId;

/** Domain events out to the integration-event contracts of {@code common-events}. */
final class IntegrationEventMapper {

	private IntegrationEventMapper() {
	}

	static IntegrationEvent toIntegrationEvent(OrderEvent event) {
		Order order = event.order();
		UUID orderId = order.id().value();
		return switch (event) {
			case OrderEvent.Placed placed -> created(order, placed);
			case OrderEvent.Paid paid -> new OrderPaidEvent(UUID.randomUUID(), orderId, paid.at(), paymentIdOf(order),
					order.details().restaurantId().value(), order.details().restaurantCity(), address(order.details()));
			case OrderEvent.Cancelled cancelled -> new OrderCancelledEvent(UUID.randomUUID(), orderId, cancelled.at(),
					cancelled.reason().name(), cancelled.refundRequested(), cancelled.releaseConfirmationRequested());
		};
	}

	private static OrderCreatedEvent created(Order order, OrderEvent.Placed placed) {
		OrderDetails details = order.details();
		return new OrderCreatedEvent(UUID.randomUUID(), order.id().value(), placed.at(), details.userId().value(),
				details.restaurantId().value(), details.restaurantCity(),
				details.lines().stream().map(IntegrationEventMapper::line).toList(), money(details.total()),
				address(details), details.paymentToken());
	}

	private static OrderLine line(dev.foodmesh.order.domain.OrderLine line) {
		return new OrderLine(line.menuItemId().value(), line.name(), line.quantity(), money(line.unitPrice()),
				money(line.lineTotal()));
	}

	private static Money money(dev.foodmesh.order.domain.Money money) {
		return new Money(money.amount(), money.currency());
	}

	private static Address address(OrderDetails details) {
		return new Address(details.deliveryAddress().street(), details.deliveryAddress().city(),
				details.deliveryAddress().postalCode());
	}

	private static UUID paymentIdOf(Order order) {
		PaymentId paymentId = order.paymentId();
		if (paymentId == null) {
			throw new IllegalStateException("a paid order without payment id: " + order.id());
		}
		return paymentId.value();
	}

}
