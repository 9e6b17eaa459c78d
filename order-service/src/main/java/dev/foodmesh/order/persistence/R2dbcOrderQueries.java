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

/**
 * {@link OrderQueries} on Postgres; each criterion given adds a condition, so the
 * matching index is used.
 * <p>
 * A page reads one row more than it shows. Without that row the page is the last one, and
 * the total is what came before it plus what it holds: no count at all, which is the
 * usual case of a customer's own orders. Only when more rows follow (or a page lies
 * beyond the end) are the matches counted, and then only up to
 * {@link OrderQueries#MAX_COUNTED}: the count never reads more rows than that, however
 * many orders exist.
 */
@Repository
class R2dbcOrderQueries implements OrderQueries {

	private static final Map<String, String> CONDITIONS = Map.of("userId", "user_id = :userId", "status",
			"status = :status");

	private final DatabaseClient db;

	R2dbcOrderQueries(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<OrderPage> search(Criteria criteria) {
		Map<String, Object> conditions = conditions(criteria);
		String where = where(conditions);
		long offset = (long) criteria.page() * criteria.size();
		return rows(criteria, offset, conditions, where).flatMap((rows) -> {
			boolean more = rows.size() > criteria.size();
			List<Order> shown = more ? rows.subList(0, criteria.size()) : rows;
			Mono<Long> total = (more || (rows.isEmpty() && offset > 0)) ? countUpToCap(conditions, where)
					: Mono.just(offset + rows.size());
			return total.map((counted) -> new OrderPage(shown, counted));
		});
	}

	/** The page's orders and, if there is one, the first order of the next page. */
	private Mono<List<Order>> rows(Criteria criteria, long offset, Map<String, Object> conditions, String where) {
		String page = "(SELECT * FROM orders" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset)";
		return this.db.sql(OrderReads.selectFrom(page) + "ORDER BY o.created_at DESC, o.id")
			.bindValues(conditions)
			.bind("limit", criteria.size() + 1)
			.bind("offset", offset)
			.map(OrderReads::read)
			.all()
			.collectList();
	}

	/**
	 * How many orders match, reading at most {@link OrderQueries#MAX_COUNTED} of them.
	 */
	private Mono<Long> countUpToCap(Map<String, Object> conditions, String where) {
		return this.db.sql("SELECT count(*) AS total FROM (SELECT 1 FROM orders" + where + " LIMIT :cap) AS capped")
			.bindValues(conditions)
			.bind("cap", MAX_COUNTED)
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
