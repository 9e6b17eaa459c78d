package dev.foodmesh.order.application;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.PlacementRejection;

/** How {@code POST /orders} ended. */
public sealed interface PlacementResult {

	/**
	 * The order exists: just placed, or placed earlier with the same key and body
	 * ({@code replayed}). Either way {@code order} is the order as it was placed, so a
	 * replay answers what the first request answered.
	 */
	record Placed(Order order, boolean replayed) implements PlacementResult {
	}

	/** A rule refused the order (user, restaurant or item); nothing was stored. */
	record Refused(PlacementRejection rejection) implements PlacementResult {
	}

	/** The idempotency key was used before with another body; nothing was stored. */
	record KeyReused(String idempotencyKey) implements PlacementResult {
	}

}
