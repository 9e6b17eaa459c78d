package dev.foodmesh.delivery.application;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.DeliveryEvent;

/**
 * Publishes delivery events to the other services. Joins the caller's transaction: the
 * events commit with the state change that caused them, or not at all, and are published
 * at least once, in order per order.
 */
public interface DeliveryOutbox {

	Mono<Void> append(List<DeliveryEvent> events);

}
