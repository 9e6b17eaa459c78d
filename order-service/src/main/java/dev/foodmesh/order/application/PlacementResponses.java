package dev.foodmesh.order.application;

import dev.foodmesh.order.domain.Order;

/**
 * Renders the response body of a placement, so that it is stored with the idempotency key
 * in the placement's transaction and replayed byte for byte.
 */
public interface PlacementResponses {

	String render(Order order);

}
