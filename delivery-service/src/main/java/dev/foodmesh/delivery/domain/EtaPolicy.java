package dev.foodmesh.delivery.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Estimates when an assigned delivery reaches the customer.
 *
 * @param toRestaurant how long a courier takes to reach the restaurant and collect the
 * order
 * @param toCustomer how long the ride from the restaurant to the customer takes
 */
public record EtaPolicy(Duration toRestaurant, Duration toCustomer) {

	public Instant estimate(Instant assignedAt) {
		return assignedAt.plus(toRestaurant).plus(toCustomer);
	}

}
