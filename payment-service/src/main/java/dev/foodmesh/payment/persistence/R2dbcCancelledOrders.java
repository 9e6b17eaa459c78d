package dev.foodmesh.payment.persistence;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.payment.application.CancelledOrders;
import dev.foodmesh.payment.domain.OrderId;

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
			.then();
	}

	@Override
	public Mono<Boolean> contains(OrderId orderId) {
		return db.sql("SELECT EXISTS (SELECT 1 FROM cancelled_orders WHERE order_id = :orderId)")
			.bind("orderId", orderId.value())
			.mapValue(Boolean.class)
			.one();
	}

}
