package dev.foodmesh.delivery.application;

import java.util.Optional;

import dev.foodmesh.delivery.domain.OrderId;

/**
 * A paid order needs a courier.
 *
 * @param city the restaurant's city
 * @param orderTrace the trace the new delivery keeps, if the payment came with one
 */
public record ScheduleDeliveryCommand(OrderId orderId, String city, Optional<OrderTrace> orderTrace) {

	/** With no trace to keep. */
	public ScheduleDeliveryCommand(OrderId orderId, String city) {
		this(orderId, city, Optional.empty());
	}

}
