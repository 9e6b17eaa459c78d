package dev.foodmesh.delivery.application;

import dev.foodmesh.delivery.domain.OrderId;

/**
 * A paid order needs a courier.
 *
 * @param city the restaurant's city
 */
public record ScheduleDeliveryCommand(OrderId orderId, String city) {
}
