package dev.foodmesh.payment.persistence;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.payment.domain.Payment;

/**
 * Inserts any number of new payments, or writes the next state of any number of existing
 * ones, with one statement, their columns as arrays (as text where a column may be null
 * or is a timestamp). The table's unique {@code order_id} is the last line of defence
 * against charging an order twice: an insert that meets a payment of the same order fails
 * as a transient concurrency failure.
 */
final class PaymentWrites {

	private static final String INSERT = """
			insert into payments (id, order_id, status, amount, currency, token, decline_reason, created_at, updated_at)
			select * from unnest(:ids::uuid[], :orderIds::uuid[], :statuses::text[], :amounts::bigint[],
			  :currencies::text[], :tokens::text[], :reasons::text[], :createdAts::text[]::timestamptz[],
			  :updatedAts::text[]::timestamptz[])""";

	// a payment's details never change, only its state
	private static final String UPDATE = """
			update payments set status = next.status, decline_reason = next.reason, updated_at = next.updated_at
			from unnest(:ids::uuid[], :statuses::text[], :reasons::text[], :updatedAts::text[]::timestamptz[])
			  as next (id, status, reason, updated_at)
			where payments.id = next.id""";

	private final DatabaseClient db;

	PaymentWrites(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(List<Payment> payments) {
		if (payments.isEmpty()) {
			return Mono.empty();
		}
		List<PaymentRow> rows = payments.stream().map(PaymentRow::of).toList();
		return this.db.sql(INSERT)
			.bind("ids", rows.stream().map(PaymentRow::id).toArray(UUID[]::new))
			.bind("orderIds", rows.stream().map(PaymentRow::orderId).toArray(UUID[]::new))
			.bind("statuses", text(rows, PaymentRow::status))
			.bind("amounts", rows.stream().map(PaymentRow::amount).toArray(Long[]::new))
			.bind("currencies", text(rows, PaymentRow::currency))
			.bind("tokens", text(rows, PaymentRow::token))
			.bind("reasons", text(rows, PaymentRow::declineReason))
			.bind("createdAts", text(rows, PaymentRow::createdAt))
			.bind("updatedAts", text(rows, PaymentRow::updatedAt))
			.then()
			.onErrorMap(DuplicateKeyException.class, (duplicate) -> concurrentCharge(payments, duplicate))
			.checkpoint("payments.insert");
	}

	Mono<Void> update(List<Payment> payments) {
		if (payments.isEmpty()) {
			return Mono.empty();
		}
		List<PaymentRow> rows = payments.stream().map(PaymentRow::of).toList();
		return this.db.sql(UPDATE)
			.bind("ids", rows.stream().map(PaymentRow::id).toArray(UUID[]::new))
			.bind("statuses", text(rows, PaymentRow::status))
			.bind("reasons", text(rows, PaymentRow::declineReason))
			.bind("updatedAts", text(rows, PaymentRow::updatedAt))
			.then()
			.checkpoint("payments.update");
	}

	/**
	 * Another transaction charged an order first (two replicas during a rebalance):
	 * transient, so the event is retried and then finds that payment instead of being
	 * dead-lettered.
	 */
	static ConcurrencyFailureException concurrentCharge(List<Payment> payments, @Nullable Throwable cause) {
		String orders = (payments.size() == 1) ? "Order " + payments.get(0).orderId()
				: "One of " + payments.size() + " orders";
		return new ConcurrencyFailureException(orders + " was charged concurrently", cause);
	}

	private static String[] text(List<PaymentRow> rows, Function<PaymentRow, @Nullable Object> column) {
		return rows.stream()
			.map(column)
			.map((value) -> (value != null) ? value.toString() : null)
			.toArray(String[]::new);
	}

}
