package dev.foodmesh.order.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import dev.foodmesh.order.application.OverdueOrders;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * {@link OverdueOrders} on {@code orders.status_since}, compared with the database's
 * {@code now()}.
 */
@Repository
class R2dbcOverdueOrders implements OverdueOrders {

	private static final String OVERDUE = "o.status_since < now() - make_interval(secs => :%s)";

	private final DatabaseClient db;

	R2dbcOverdueOrders(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Flux<Order> lockOverdue(OrderStatus status, Duration bound, int limit) {
		// read in full before the caller writes: its statements would queue behind this
		// unread result
		return this.db
			.sql(OrderReads.SELECT + "where o.status = :status and " + OVERDUE.formatted("bound")
					+ " order by o.status_since limit :limit for update of o skip locked")
			.bind("status", status.name())
			.bind("bound", seconds(bound))
			.bind("limit", limit)
			.map(OrderReads::read)
			.all()
			.collectList()
			.flatMapIterable((orders) -> orders);
	}

	@Override
	public Mono<Map<OrderStatus, Long>> count(Map<OrderStatus, Duration> bounds) {
		List<OrderStatus> statuses = List.copyOf(bounds.keySet());
		// the status names are enum constants, never input: the only concatenation into
		// this SQL
		String overdue = statuses.stream()
			.map((status) -> "(o.status = '" + status.name() + "' and " + OVERDUE.formatted(status.name()) + ")")
			.collect(Collectors.joining(" or "));
		GenericExecuteSpec query = this.db
			.sql("select o.status, count(*) from orders o where " + overdue + " group by o.status");
		for (OrderStatus status : statuses) {
			query = query.bind(status.name(), seconds(bounds.get(status)));
		}
		return query.map((row) -> Map.entry(OrderStatus.valueOf(row.get(0, String.class)), row.get(1, Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private static double seconds(Duration bound) {
		return bound.toMillis() / 1000.0;
	}

}
