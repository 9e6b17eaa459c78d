package dev.foodmesh.payment.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.messaging.TransactionHeld;
import dev.foodmesh.payment.application.CancelledOrders;
import dev.foodmesh.payment.domain.OrderId;

/**
 * Cancelled orders in Postgres; orders a transaction holds ({@link #hold}) are answered
 * from {@link HeldCancellations}.
 */
@Repository
class R2dbcCancelledOrders implements CancelledOrders {

	private final DatabaseClient db;

	R2dbcCancelledOrders(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<Void> add(OrderId orderId, Instant cancelledAt) {
		return db
			.sql("INSERT INTO cancelled_orders (order_id, cancelled_at) VALUES (:orderId, :cancelledAt)"
					+ " ON CONFLICT (order_id) DO NOTHING")
			.bind("orderId", orderId.value())
			.bind("cancelledAt", cancelledAt)
			.then()
			.then(TransactionHeld.find(this, HeldCancellations.class))
			.doOnNext(held -> held.ifPresent(cancellations -> cancellations.add(orderId)))
			.then();
	}

	@Override
	public Mono<Boolean> contains(OrderId orderId) {
		return TransactionHeld.find(this, HeldCancellations.class)
			.flatMap(held -> held.filter(cancellations -> cancellations.holds(orderId))
				.map(cancellations -> Mono.just(cancellations.contains(orderId)))
				.orElseGet(() -> db.sql("SELECT EXISTS (SELECT 1 FROM cancelled_orders WHERE order_id = :orderId)")
					.bind("orderId", orderId.value())
					.mapValue(Boolean.class)
					.one()));
	}

	@Override
	public Mono<Void> hold(Collection<OrderId> orderIds) {
		List<OrderId> ids = List.copyOf(orderIds);
		return TransactionHeld
			.of(this, HeldCancellations.class, transaction -> new HeldCancellations(transaction, this))
			.flatMap(held -> db.sql("SELECT order_id FROM cancelled_orders WHERE order_id = ANY(:orderIds)")
				.bind("orderIds", ids.stream().map(OrderId::value).toArray(UUID[]::new))
				.mapValue(UUID.class)
				.all()
				.map(OrderId::new)
				.collectList()
				.doOnNext(cancelled -> held.hold(ids, cancelled)))
			.then();
	}

}
