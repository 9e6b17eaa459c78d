package dev.foodmesh.delivery.application;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryEvent;

/**
 * Counts assignments, failures and releases; events of a transaction count only once it
 * commits.
 */
public interface DeliveryMetrics {

	Mono<Void> count(List<DeliveryEvent> events);

}
