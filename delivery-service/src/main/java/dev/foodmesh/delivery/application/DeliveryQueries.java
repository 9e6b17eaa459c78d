package dev.foodmesh.delivery.application;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.OrderId;

/** The read side of deliveries: no locks, committed data only. */
public interface DeliveryQueries {

	Mono<DeliveryDetails> find(DeliveryId id);

	/**
	 * Deliveries, newest request first; only the order's one when {@code orderId} is
	 * given.
	 */
	Mono<Page<DeliveryDetails>> find(@Nullable OrderId orderId, PageRequest page);

}
