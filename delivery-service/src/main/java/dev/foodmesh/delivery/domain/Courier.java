package dev.foodmesh.delivery.domain;

import java.time.Instant;

/**
 * A courier who delivers in one city. An available courier waits for work; a busy one
 * carries exactly one delivery.
 *
 * @param statusSince when the courier last became available or busy; for an available
 * courier, how long it has been idle
 */
public record Courier(CourierId id, String name, String city, CourierStatus status, Instant statusSince) {

	public boolean isAvailableIn(String city) {
		return status == CourierStatus.AVAILABLE && this.city.equals(city);
	}

}
