package dev.foodmesh.payment.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.Payment;

/**
 * Where a committed reservation ({@link Payment.Pending}, {@link Payment.Refunding}) goes
 * to have its PSP call made and its outcome recorded by {@link SettlePayment}, outside
 * the transaction that reserved it. Best effort: a reservation that is never settled from
 * here (a crash, a full queue, a failure) is found by the recovery pass.
 */
public interface Settlements {

	/**
	 * Hands the reservation over when subscribed, right after it commits
	 * ({@link Transactions#afterCommit}); built where the reservation is made, so the
	 * settlement continues that work's trace. Must not block.
	 */
	Mono<Void> submit(Payment reserved);

}
