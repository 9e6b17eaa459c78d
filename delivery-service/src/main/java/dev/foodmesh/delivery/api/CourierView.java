package dev.foodmesh.delivery.api;

import java.time.Instant;
import java.util.UUID;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierStatus;

/**
 * A courier as the API shows it.
 *
 * @param statusSince when the courier became available or busy
 */
record CourierView(UUID id, String name, String city, CourierStatus status, Instant statusSince) {

	static CourierView of(Courier courier) {
		return new CourierView(courier.id().value(), courier.name(), courier.city(), courier.status(),
				courier.statusSince());
	}

}
