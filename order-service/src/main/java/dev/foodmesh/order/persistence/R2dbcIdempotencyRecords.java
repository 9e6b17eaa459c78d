package dev.foodmesh.order.persistence;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.order.application.IdempotencyRecords;
import dev.foodmesh.order.domain.OrderId;

/**
 * {@link IdempotencyRecords} in {@code idempotency_keys}; the primary key arbitrates
 * concurrent claims.
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

	@Override
	public Mono<Boolean> claim(IdempotencyRecord record) {
		return this.db
			.sql("INSERT INTO idempotency_keys (idempotency_key, request_hash, order_id) "
					+ "VALUES (:key, :hash, :orderId) ON CONFLICT (idempotency_key) DO NOTHING")
			.bind("key", record.key())
			.bind("hash", record.requestHash())
			.bind("orderId", record.orderId().value())
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	private static IdempotencyRecord read(Readable row) {
		return new IdempotencyRecord(row.get("idempotency_key", String.class), row.get("request_hash", String.class),
				new OrderId(row.get("order_id", UUID.class)));
	}

}
