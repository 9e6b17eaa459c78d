package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;

/**
 * Records how long the saga's stages took and how orders ended. Implementations record
 * only once the change has committed, so a retried transaction is not counted twice.
 */
public interface SagaMetrics {

	Mono<Void> changed(Order previous, Order next);

}
