package dev.foodmesh.payment.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * The payment service provider (PSP). Both calls are idempotent per order (the order id is the idempotency key), so
 * repeating one after a rolled-back transaction neither charges nor refunds twice. When the PSP gives no answer
 * (unavailable, timed out) the call signals {@link PspUnavailableException}: a transient failure to retry, never a
 * decline.
 */
public interface PaymentGateway {

    /** Asks the PSP to hold the payment's amount on its token. A decline is a decision, not an error. */
    Mono<PspDecision> authorize(PaymentDetails payment);

    /** Releases the amount held for the payment. */
    Mono<Void> refund(PaymentDetails payment);

}
