package dev.foodmesh.order.application;

import java.util.List;

import dev.foodmesh.order.domain.DeliveryAddress;
import dev.foodmesh.order.domain.RestaurantId;
import dev.foodmesh.order.domain.UserId;

/**
 * A customer's order, validated for shape by the API.
 *
 * @param idempotencyKey the client's {@code Idempotency-Key}
 * @param requestHash SHA-256 of the canonical request body, to tell a replay from a reuse
 * of the key
 */
public record PlaceOrderCommand(String idempotencyKey, String requestHash, UserId userId, RestaurantId restaurantId,
		List<Restaurants.Item> items, DeliveryAddress deliveryAddress, String paymentToken) {

	public PlaceOrderCommand {
		items = List.copyOf(items);
	}

}
