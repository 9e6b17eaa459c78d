package dev.foodmesh.delivery.persistence;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.application.CancelledOrders;
import dev.foodmesh.delivery.domain.OrderId;

@Repository
class R2dbcCancelledOrders implements CancelledOrders {

	private static final String REMEMBER = "insert into cancelled_orders (order_id) values (:orderId) on conflict do nothing";

	private static final String CONTAINS = "select exists (select 1 from cancelled_orders where order_id = :orderId)";

	private final DatabaseClient database;

	private final ScheduleWrites scheduleWrites;

	R2dbcCancelledOrders(DatabaseClient database, ScheduleWrites scheduleWrites) {
		this.database = database;
		this.scheduleWrites = scheduleWrites;
	}

	@Override
	public Mono<Void> remember(OrderId orderId) {
		return database.sql(REMEMBER)
			.bind("orderId", orderId.value())
			.then()
			.then(HeldScheduling.current(scheduleWrites))
			.doOnNext(held -> held.ifPresent(orders -> orders.cancel(orderId)))
			.then();
	}

	@Override
	public Mono<Boolean> contains(OrderId orderId) {
		return HeldScheduling.current(scheduleWrites)
			.flatMap(held -> held.flatMap(orders -> orders.cancelled(orderId))
				.map(Mono::just)
				.orElseGet(() -> database.sql(CONTAINS)
					.bind("orderId", orderId.value())
					.map(row -> row.get(0, Boolean.class))
					.one()));
	}

}
