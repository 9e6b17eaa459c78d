package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.OrderId;

/**
 * The keys of {@code POST /orders} already used, each with the order it placed. Only a
 * placement is recorded, by the statement that stores the order ({@link Orders#insert}):
 * a refusal stores nothing, so a retry asks again.
 */
public interface IdempotencyRecords {

	Mono<IdempotencyRecord> find(String key);

	/**
	 * What a key was used for.
	 *
	 * @param requestHash SHA-256 of the canonical request body, hex
	 * @param orderId the order the key placed; a replay answers it as placed
	 * ({@link dev.foodmesh.order.domain.Order#asPlaced()})
	 */
	record IdempotencyRecord(String key, String requestHash, OrderId orderId) {
	}

}
