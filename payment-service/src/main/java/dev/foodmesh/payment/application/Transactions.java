package dev.foodmesh.payment.application;

import reactor.core.publisher.Mono;

/**
 * The transaction boundary. Work run through {@link #required} commits or rolls back as one; inside a transaction
 * that is already active (the messaging kit's, which also records the consumed event id) it joins that one.
 */
public interface Transactions {

    <T> Mono<T> required(Mono<T> work);

}
