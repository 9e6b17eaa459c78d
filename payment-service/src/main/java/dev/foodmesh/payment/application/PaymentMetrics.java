package dev.foodmesh.payment.application;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * Counts authorisations, declines and refunds; events of a transaction count only once it
 * commits.
 */
public interface PaymentMetrics {

	Mono<Void> count(List<PaymentEvent> events);

}
