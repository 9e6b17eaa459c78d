package dev.foodmesh.payment.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * The payment service provider (PSP). Every call carries an idempotency key
 * ({@link IdempotencyKey}): the PSP acts on a key once and answers every repetition with
 * its first answer, so repeating a call whose answer was lost neither charges nor refunds
 * twice. When the PSP gives no answer (unavailable, timed out, the answer lost) even
 * after the adapter's own retries with the same key, the call signals
 * {@link PspUnavailableException}: the reservation stays and is settled later, never
 * declined.
 */
public interface PaymentGateway {

	/**
	 * Asks the PSP to hold the payment's amount on its token. A decline is a decision,
	 * not an error.
	 */
	Mono<PspDecision> authorize(IdempotencyKey key, PaymentDetails payment);

	/** Releases the amount held for the payment. */
	Mono<Void> refund(IdempotencyKey key, PaymentDetails payment);

}
