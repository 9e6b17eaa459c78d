package dev.foodmesh.delivery.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.OrderId;

/** {@link Deliveries} in a map; one test thread needs no locks. */
class InMemoryDeliveries implements Deliveries {

	private final Map<DeliveryId, Delivery> byId = new ConcurrentHashMap<>();

	@Override
	public Mono<Boolean> add(Delivery.Unassigned delivery, Optional<OrderTrace> orderTrace) {
		return Mono.fromSupplier(() -> {
			boolean orderIsNew = byId.values().stream().noneMatch(d -> d.orderId().equals(delivery.orderId()));
			if (orderIsNew) {
				byId.put(delivery.id(), delivery);
			}
			return orderIsNew;
		});
	}

	@Override
	public Mono<Delivery> lock(DeliveryId id) {
		return Mono.fromSupplier(() -> byId.get(id));
	}

	@Override
	public Mono<Delivery> lockByOrder(OrderId orderId) {
		return all(d -> d.orderId().equals(orderId), d -> d.request().requestedAt(), 1).next();
	}

	@Override
	public Flux<Delivery> lockWaiting(int limit) {
		return all(Delivery.Unassigned.class::isInstance, d -> d.request().requestedAt(), limit);
	}

	@Override
	public Flux<Delivery> lockAssignedBefore(Instant cutoff, int limit) {
		return all(d -> d instanceof Delivery.Assigned a && a.assignedAt().isBefore(cutoff),
				d -> ((Delivery.Assigned) d).assignedAt(), limit);
	}

	@Override
	public Flux<Delivery> lockPickedUpBefore(Instant cutoff, int limit) {
		return all(d -> d instanceof Delivery.PickedUp p && p.pickedUpAt().isBefore(cutoff),
				d -> ((Delivery.PickedUp) d).pickedUpAt(), limit);
	}

	@Override
	public Mono<Void> update(Delivery delivery) {
		return Mono.fromRunnable(() -> byId.put(delivery.id(), delivery));
	}

	Delivery get(DeliveryId id) {
		return byId.get(id);
	}

	Delivery ofOrder(OrderId orderId) {
		return byId.values().stream().filter(d -> d.orderId().equals(orderId)).findFirst().orElseThrow();
	}

	long count() {
		return byId.size();
	}

	private Flux<Delivery> all(Predicate<Delivery> filter, Function<Delivery, Instant> order, int limit) {
		return Flux.fromStream(() -> byId.values().stream().filter(filter).sorted(Comparator.comparing(order)))
			.take(limit);
	}

}
