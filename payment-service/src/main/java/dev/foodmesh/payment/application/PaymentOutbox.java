package dev.foodmesh.payment.application;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * Publishes payment events to the other services. Joins the caller's transaction: the
 * events are published (at least once, in order per order) only if the payment change
 * they describe commits.
 */
public interface PaymentOutbox {

	Mono<Void> append(List<PaymentEvent> events);

}
