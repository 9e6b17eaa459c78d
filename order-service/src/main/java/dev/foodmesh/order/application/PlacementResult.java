package dev.foodmesh.order.application;

import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.PlacementRejection;

/** How {@code POST /orders} ended. */
public sealed interface PlacementResult {

	/**
	 * The order exists: just placed, or placed earlier with the same key and body
	 * ({@code replayed}); the body is the one stored the first time.
	 */
	record Placed(OrderId orderId, String responseBody, boolean replayed) implements PlacementResult {
	}

	/** A rule refused the order (user, restaurant or item); nothing was stored. */
	record Refused(PlacementRejection rejection) implements PlacementResult {
	}

	/** The idempotency key was used before with another body; nothing was stored. */
	record KeyReused(String idempotencyKey) implements PlacementResult {
	}

}
