package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.OrderId;

/** The answers already given to {@code POST /orders}, by idempotency key. */
public interface IdempotencyRecords {

	Mono<IdempotencyRecord> find(String key);

	/**
	 * Stores the record in the current transaction unless its key is taken; answers
	 * whether it was stored. A concurrent claim of the same key waits for the other
	 * transaction and loses if that one commits.
	 */
	Mono<Boolean> claim(IdempotencyRecord record);

	/**
	 * What a key was used for.
	 *
	 * @param requestHash SHA-256 of the canonical request body, hex
	 * @param responseBody the response body given the first time, replayed as is
	 */
	record IdempotencyRecord(String key, String requestHash, OrderId orderId, String responseBody) {
	}

}
