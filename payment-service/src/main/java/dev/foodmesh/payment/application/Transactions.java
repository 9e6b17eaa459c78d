package dev.foodmesh.payment.application;

import reactor.core.publisher.Mono;

/**
 * The transaction boundary. Work run through {@link #required} commits or rolls back as
 * one; inside a transaction that is already active (the messaging kit's, which also
 * records the consumed event id) it joins that one.
 */
public interface Transactions {

	<T> Mono<T> required(Mono<T> work);

	/**
	 * A transaction of its own, even where another one is active or has just committed:
	 * the PSP's answer is recorded apart from the transaction that reserved the call.
	 */
	<T> Mono<T> requiresNew(Mono<T> work);

	/**
	 * Subscribes {@code action} once the current transaction has committed, never if it
	 * rolls back; outside a transaction, at once. The action must not block: the commit
	 * waits for it.
	 */
	Mono<Void> afterCommit(Mono<Void> action);

}
