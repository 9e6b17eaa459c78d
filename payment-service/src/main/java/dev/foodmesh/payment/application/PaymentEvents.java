package dev.foodmesh.payment.application;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * Announces payment events to the rest of the system. Joins the caller's transaction: the
 * events are published (at least once, in order per order) only if the payment change
 * they describe commits.
 */
public interface PaymentEvents {

	Mono<Void> publish(List<PaymentEvent> events);

}
