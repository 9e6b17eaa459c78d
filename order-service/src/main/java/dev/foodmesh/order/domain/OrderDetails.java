package dev.foodmesh.order.domain;

import java.util.List;

/**
 * What was ordered, fixed when the order is placed: who orders from which restaurant, the
 * priced lines, where to deliver and how to pay.
 *
 * @param restaurantCity the restaurant's city, where delivery-service looks for a courier
 * @param paymentToken the payment simulator's token ({@code tok_visa}, ...), passed on to
 * payment-service
 */
public record OrderDetails(UserId userId, RestaurantId restaurantId, String restaurantCity, List<OrderLine> lines,
		Money total, DeliveryAddress deliveryAddress, String paymentToken) {

	public OrderDetails {
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("an order has at least one line");
		}
		Money sum = lines.stream().map(OrderLine::lineTotal).reduce(Money.zero(total.currency()), Money::plus);
		if (!sum.equals(total)) {
			throw new IllegalArgumentException("total " + total + " is not the sum of the lines " + sum);
		}
	}

}
