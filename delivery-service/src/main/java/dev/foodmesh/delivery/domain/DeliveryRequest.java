package dev.foodmesh.delivery.domain;

import java.time.Instant;

/**
 * What a delivery knows from the start, whatever its state.
 *
 * @param city the restaurant's city, where the courier must be
 * @param requestedAt when delivery-service took the paid order on; the courier wait
 * counts from here
 */
public record DeliveryRequest(DeliveryId id, OrderId orderId, String city, Instant requestedAt) {

}
