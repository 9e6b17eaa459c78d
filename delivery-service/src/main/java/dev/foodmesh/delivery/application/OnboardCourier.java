package dev.foodmesh.delivery.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;

/**
 * Hires a courier: available and idle from now. Nothing else has to happen for the
 * courier to get work, because assignment reads a city's available couriers each time it
 * dispatches: the next {@code OrderPaid} of that city, or the courier-wait scan's next
 * pass over a delivery already waiting there, may take this courier. Being idle from now,
 * the courier ranks behind couriers of the city who have waited longer, as a courier just
 * freed does.
 */
public class OnboardCourier {

	private final Couriers couriers;

	private final Clock clock;

	public OnboardCourier(Couriers couriers, Clock clock) {
		this.couriers = couriers;
		this.clock = clock;
	}

	/** The courier as stored; name and city as given (the caller validated them). */
	public Mono<Courier> onboard(String name, String city) {
		return Mono.defer(() -> {
			Courier courier = new Courier(new CourierId(UUID.randomUUID()), name, city, CourierStatus.AVAILABLE,
					clock.instant());
			return couriers.add(courier).thenReturn(courier);
		});
	}

}
