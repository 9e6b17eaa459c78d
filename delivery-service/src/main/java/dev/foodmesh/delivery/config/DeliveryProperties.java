package dev.foodmesh.delivery.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * delivery-service settings under {@code foodmesh.delivery}.
 *
 * @param courierWait how long a paid order waits for a courier in its city before {@code DeliveryFailed(NO_COURIER)}
 * @param assignmentInterval how often waiting deliveries are offered the couriers freed since
 * @param batchSize most deliveries one pass of a background scan takes on
 * @param eta how the estimated delivery time is computed
 * @param simulator the simulated couriers that pick up and deliver by themselves
 */
@ConfigurationProperties("foodmesh.delivery")
public record DeliveryProperties(@DefaultValue("30s") Duration courierWait,
		@DefaultValue("1s") Duration assignmentInterval, @DefaultValue("100") int batchSize, @DefaultValue Eta eta,
		@DefaultValue Simulator simulator) {

	/**
	 * @param toRestaurant a courier's way to the restaurant, collection included
	 * @param toCustomer the ride from the restaurant to the customer
	 */
	public record Eta(@DefaultValue("10m") Duration toRestaurant, @DefaultValue("20m") Duration toCustomer) {
	}

	/**
	 * @param enabled whether simulated couriers advance assigned deliveries (the {@code demo} profile turns it on)
	 * @param pickupDelay how long after assignment a simulated courier collects the order
	 * @param deliveryDelay how long after pickup the order reaches the customer
	 * @param interval how often the simulator looks for deliveries to advance
	 */
	public record Simulator(@DefaultValue("false") boolean enabled, @DefaultValue("5s") Duration pickupDelay,
			@DefaultValue("10s") Duration deliveryDelay, @DefaultValue("1s") Duration interval) {
	}

}
