package dev.foodmesh.payment.persistence;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.PaymentStatus;

/**
 * Reads payments with one statement each, mapped by hand: the saga locks its orders'
 * payments in every batch, and a Spring Data repository's entity mapping was work on that
 * path that bought nothing (docs/performance.md, "Session of 2026-12-05 (night)").
 */
final class PaymentReads {

	private static final String COLUMNS = "select id, order_id, status, amount, currency, token, decline_reason,"
			+ " created_at, updated_at from payments ";

	private static final String BY_ID = COLUMNS + "where id = :id";

	private static final String BY_ORDER = COLUMNS + "where order_id = :orderId";

	private static final String LOCK_BY_ORDER = BY_ORDER + " for update";

	// one table, so a row this waited for is returned as the other transaction committed
	// it (the join that made order-service lock and read apart, reliability.md, is
	// absent)
	private static final String LOCK_ALL_BY_ORDER = COLUMNS
			+ "where order_id = any(:orderIds) order by order_id for update";

	// served by the partial index payments_unsettled (V2)
	private static final String UNSETTLED = COLUMNS + "where status in ('PENDING', 'REFUNDING')"
			+ " and updated_at < :changedBefore order by updated_at limit :limit";

	private final DatabaseClient db;

	PaymentReads(DatabaseClient db) {
		this.db = db;
	}

	Mono<PaymentRow> findById(UUID id) {
		return this.db.sql(BY_ID).bind("id", id).map(PaymentReads::row).one();
	}

	Mono<PaymentRow> findByOrderId(UUID orderId) {
		return this.db.sql(BY_ORDER).bind("orderId", orderId).map(PaymentReads::row).one();
	}

	Mono<PaymentRow> lockByOrderId(UUID orderId) {
		return this.db.sql(LOCK_BY_ORDER).bind("orderId", orderId).map(PaymentReads::row).one();
	}

	Flux<PaymentRow> lockAllByOrderId(UUID[] orderIds) {
		return this.db.sql(LOCK_ALL_BY_ORDER).bind("orderIds", orderIds).map(PaymentReads::row).all();
	}

	Flux<PaymentRow> findUnsettled(Instant changedBefore, int limit) {
		return this.db.sql(UNSETTLED)
			.bind("changedBefore", changedBefore)
			.bind("limit", limit)
			.map(PaymentReads::row)
			.all();
	}

	private static PaymentRow row(Readable row) {
		String reason = row.get("decline_reason", String.class);
		return new PaymentRow(row.get("id", UUID.class), row.get("order_id", UUID.class),
				PaymentStatus.valueOf(row.get("status", String.class)), row.get("amount", Long.class),
				row.get("currency", String.class), row.get("token", String.class),
				(reason != null) ? DeclineReason.valueOf(reason) : null, row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

}
