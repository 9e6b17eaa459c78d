package dev.foodmesh.delivery.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * delivery-service settings under {@code foodmesh.delivery}, checked at startup: a value
 * out of range stops the service with a message that names the property.
 *
 * @param courierWait how long a paid order waits for a courier in its city before
 * {@code DeliveryFailed(NO_COURIER)}
 * @param assignmentInterval how often waiting deliveries are offered the couriers freed
 * since
 * @param batchSize most deliveries one pass of a background scan takes on
 * @param eta how the estimated delivery time is computed
 * @param simulator the simulated couriers that pick up and deliver by themselves
 */
@ConfigurationProperties("foodmesh.delivery")
@Validated
public record DeliveryProperties(@DefaultValue("30s") @DurationMin(millis = 0) Duration courierWait,
		@DefaultValue("1s") @DurationMin(millis = 1) Duration assignmentInterval,
		@DefaultValue("100") @Positive int batchSize, @DefaultValue @Valid Eta eta,
		@DefaultValue @Valid Simulator simulator) {

	/**
	 * @param toRestaurant a courier's way to the restaurant, collection included
	 * @param toCustomer the ride from the restaurant to the customer
	 */
	public record Eta(@DefaultValue("10m") @DurationMin(millis = 0) Duration toRestaurant,
			@DefaultValue("20m") @DurationMin(millis = 0) Duration toCustomer) {
	}

	/**
	 * @param enabled whether simulated couriers advance assigned deliveries (the
	 * {@code demo} profile turns it on)
	 * @param pickupDelay how long after assignment a simulated courier collects the order
	 * @param deliveryDelay how long after pickup the order reaches the customer
	 * @param interval how often the simulator looks for deliveries to advance
	 */
	public record Simulator(@DefaultValue("false") boolean enabled,
			@DefaultValue("5s") @DurationMin(millis = 0) Duration pickupDelay,
			@DefaultValue("10s") @DurationMin(millis = 0) Duration deliveryDelay,
			@DefaultValue("1s") @DurationMin(millis = 1) Duration interval) {
	}

}
