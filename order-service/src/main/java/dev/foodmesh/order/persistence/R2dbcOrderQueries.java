package dev.foodmesh.order.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.order.application.OrderQueries;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.UserId;

/** {@link OrderQueries} on Postgres; each criterion given adds a condition, so the matching index is used. */
@Repository
class R2dbcOrderQueries implements OrderQueries {

	private static final Map<String, String> CONDITIONS = Map.of("userId", "user_id = :userId", "status",
			"status = :status");

	private final DatabaseClient db;

	private final OrderAssembler assembler;

	R2dbcOrderQueries(DatabaseClient db) {
		this.db = db;
		this.assembler = new OrderAssembler(db);
	}

	@Override
	public Mono<OrderPage> search(Criteria criteria) {
		Map<String, Object> conditions = conditions(criteria);
		String where = where(conditions);
		return Mono.zip(page(criteria, conditions, where), count(conditions, where))
			.map((result) -> new OrderPage(result.getT1(), result.getT2()));
	}

	private Mono<List<Order>> page(Criteria criteria,
			Map<String, Object> conditions, String where) {
		return this.db.sql("SELECT " + OrderRow.COLUMNS + " FROM orders" + where
				+ " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.bindValues(conditions)
			.bind("limit", criteria.size())
			.bind("offset", (long) criteria.page() * criteria.size())
			.map(OrderRow::read)
			.all()
			.collectList()
			.flatMap((rows) -> this.assembler.assemble(rows).collectList());
	}

	private Mono<Long> count(Map<String, Object> conditions, String where) {
		return this.db.sql("SELECT count(*) AS total FROM orders" + where)
			.bindValues(conditions)
			.map((row) -> row.get("total", Long.class))
			.one();
	}

	private static Map<String, Object> conditions(Criteria criteria) {
		Map<String, Object> conditions = new LinkedHashMap<>();
		UserId userId = criteria.userId();
		OrderStatus status = criteria.status();
		if (userId != null) {
			conditions.put("userId", userId.value());
		}
		if (status != null) {
			conditions.put("status", status.name());
		}
		return conditions;
	}

	private static String where(Map<String, Object> conditions) {
		return conditions.isEmpty() ? ""
				: conditions.keySet().stream().map(CONDITIONS::get).collect(Collectors.joining(" AND ", " WHERE ", ""));
	}

}
