package dev.foodmesh.delivery.domain;

import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Couriers in a few cities, available or busy, idle for up to an hour. */
final class CourierArbitraries {

	static final String[] CITIES = { "Berlin", "Hamburg", "Munich" };

	private CourierArbitraries() {
	}

	static Arbitrary<Courier> couriers() {
		return Combinators
			.combine(Arbitraries.of(CITIES), Arbitraries.of(CourierStatus.class), Arbitraries.longs().between(0, 3600))
			.as((city, status, idleSeconds) -> new Courier(new CourierId(UUID.randomUUID()), "Courier", city, status,
					DeliveryFixtures.REQUESTED_AT.minusSeconds(idleSeconds)));
	}

}
