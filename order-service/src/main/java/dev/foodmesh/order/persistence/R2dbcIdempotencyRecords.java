package dev.foodmesh.order.persistence;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.order.application.IdempotencyRecords;
import dev.foodmesh.order.domain.OrderId;

/**
 * {@link IdempotencyRecords} in {@code idempotency_keys}. The records are written with
 * their orders ({@code R2dbcOrders}), whose statement claims the key: the primary key
 * arbitrates concurrent claims.
 */
@Repository
class R2dbcIdempotencyRecords implements IdempotencyRecords {

	private final DatabaseClient db;

	R2dbcIdempotencyRecords(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<IdempotencyRecord> find(String key) {
		return this.db
			.sql("SELECT idempotency_key, request_hash, order_id FROM idempotency_keys WHERE idempotency_key = :key")
			.bind("key", key)
			.map(R2dbcIdempotencyRecords::read)
			.one();
	}

	private static IdempotencyRecord read(Readable row) {
		return new IdempotencyRecord(row.get("idempotency_key", String.class), row.get("request_hash", String.class),
				new OrderId(row.get("order_id", UUID.class)));
	}

}
