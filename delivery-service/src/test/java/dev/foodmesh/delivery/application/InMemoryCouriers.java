package dev.foodmesh.delivery.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;

/** {@link Couriers} in a map, with the conditional occupy of the real store. */
class InMemoryCouriers implements Couriers {

	private final Map<CourierId, Courier> byId = new ConcurrentHashMap<>();

	Courier hire(String name, String city, Instant idleSince) {
		Courier courier = new Courier(new CourierId(UUID.randomUUID()), name, city, CourierStatus.AVAILABLE, idleSince);
		byId.put(courier.id(), courier);
		return courier;
	}

	CourierStatus statusOf(Courier courier) {
		return byId.get(courier.id()).status();
	}

	@Override
	public Mono<Void> add(Courier courier) {
		return Mono.fromRunnable(() -> byId.put(courier.id(), courier));
	}

	@Override
	public Flux<Courier> lockAvailableIn(String city, int limit) {
		return Flux
			.fromStream(() -> byId.values()
				.stream()
				.filter(c -> c.isAvailableIn(city))
				.sorted(Comparator.comparing(Courier::statusSince)))
			.take(limit);
	}

	@Override
	public Mono<Void> occupy(CourierId id, Instant since) {
		return Mono.fromRunnable(() -> {
			Courier courier = byId.get(id);
			if (courier.status() != CourierStatus.AVAILABLE) {
				throw new IllegalStateException("Courier " + id + " is not available");
			}
			byId.put(id, withStatus(courier, CourierStatus.BUSY, since));
		});
	}

	@Override
	public Mono<Void> free(CourierId id, Instant since) {
		return Mono.fromRunnable(
				() -> byId.computeIfPresent(id, (key, courier) -> withStatus(courier, CourierStatus.AVAILABLE, since)));
	}

	private static Courier withStatus(Courier courier, CourierStatus status, Instant since) {
		return new Courier(courier.id(), courier.name(), courier.city(), status, since);
	}

}
