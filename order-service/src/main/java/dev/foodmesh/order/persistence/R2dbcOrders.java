package dev.foodmesh.order.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import dev.foodmesh.order.application.Orders;
import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderLine;

/**
 * {@link Orders} on Postgres: {@code orders}, {@code order_lines}, {@code order_history}.
 */
@Repository
class R2dbcOrders implements Orders {

	/**
	 * Channel of the status-change notifications that {@link PostgresOrderChanges}
	 * listens to.
	 */
	static final String STATUS_CHANNEL = "order_status";

	// Each write is one statement: its data-modifying CTEs all run, whether the main
	// query reads them or not, and the foreign keys are checked at the statement's end.
	// Every round trip saved is CPU saved in the driver, the reactive chain and Postgres
	// alike (docs/performance.md).
	private static final String HISTORY = """
			history as (insert into order_history (order_id, seq, status, reason, at)
			  select :id, * from unnest(:historySeqs::int[], :historyStatuses::text[], :historyReasons::text[],
			    :historyAts::text[]::timestamptz[]))""";

	private static final String INSERT = """
			with placed as (insert into orders (%s) values (:id, :userId, :restaurantId, :restaurantCity,
			  :totalAmount, :currency, :street, :city, :postalCode, :paymentToken, :status, :cancellationReason,
			  :paymentId, :courierId, :courierName, :eta, :createdAt, :updatedAt)),
			lines as (insert into order_lines (order_id, line_no, menu_item_id, name, quantity, unit_price, line_total)
			  select :id, * from unnest(:lineNos::int[], :items::uuid[], :names::text[], :quantities::int[],
			    :unitPrices::bigint[], :lineTotals::bigint[])),
			%s
			select 1""".formatted(OrderRow.COLUMNS, HISTORY);

	// status_since follows the database's clock, as the overdue pass that compares it
	// with now() (R2dbcOverdueOrders)
	private static final String UPDATE_ONLY = """
			with changed as (update orders set status = :status, cancellation_reason = :cancellationReason,
			  payment_id = :paymentId, courier_id = :courierId, courier_name = :courierName,
			  estimated_delivery_at = :eta, updated_at = :updatedAt,
			  status_since = case when status = :status then status_since else now() end where id = :id),
			%s
			""".formatted(HISTORY);

	private static final String UPDATE = UPDATE_ONLY + "select 1";

	/**
	 * Postgres delivers the notification when the transaction commits, to every replica's
	 * listener.
	 */
	private static final String UPDATE_AND_NOTIFY = UPDATE_ONLY + "select pg_notify('" + STATUS_CHANNEL
			+ "', :id::text)";

	private final DatabaseClient db;

	private final OrderUpdates updates;

	R2dbcOrders(DatabaseClient db) {
		this.db = db;
		this.updates = new OrderUpdates(db);
	}

	@Override
	public Mono<Order> findById(OrderId id) {
		return selectOne(OrderReads.SELECT + "where o.id = :id", id);
	}

	/**
	 * Locks the order's row, then reads the whole order in a second statement. One
	 * {@code select … for update} would not do: after waiting for another transaction's
	 * lock it re-reads the locked row alone, so the history it joined would miss the
	 * steps that transaction committed, and the next step's number would already exist.
	 */
	@Override
	public Mono<Order> findForUpdate(OrderId id) {
		return HeldOrders.find(this.updates)
			.flatMap((held) -> held.flatMap((orders) -> orders.current(id))
				.map(Mono::just)
				.orElseGet(() -> this.db.sql("select id from orders where id = :id for update")
					.bind("id", id.value())
					.fetch()
					.all()
					.then(findById(id))));
	}

	/**
	 * Locks in the order of ids, as every batch does, so that two batches sharing orders
	 * wait for each other instead of deadlocking; then reads, for the reason
	 * {@link #findForUpdate} gives.
	 */
	@Override
	public Mono<Void> holdForUpdate(Collection<OrderId> ids) {
		UUID[] values = ids.stream().map(OrderId::value).toArray(UUID[]::new);
		return HeldOrders.begin(this.updates)
			.flatMap((held) -> this.db.sql("select id from orders where id = any(:ids) order by id for update")
				.bind("ids", values)
				.fetch()
				.all()
				.thenMany(this.db.sql(OrderReads.SELECT + "where o.id = any(:ids)")
					.bind("ids", values)
					.map(OrderReads::read)
					.all())
				.doOnNext(held::hold)
				.then());
	}

	@Override
	public Flux<Order> lockOverduePayments(Instant placedBefore, int limit) {
		// read in full before the caller writes: its statements would queue behind this
		// unread result
		return this.db
			.sql(OrderReads.SELECT + "where o.status = 'PAYMENT_PENDING' and o.created_at < :before "
					+ "order by o.created_at limit :limit for update of o skip locked")
			.bind("before", placedBefore)
			.bind("limit", limit)
			.map(OrderReads::read)
			.all()
			.collectList()
			.flatMapIterable((orders) -> orders);
	}

	@Override
	public Mono<Void> insert(Order order) {
		return withHistory(this.db.sql(INSERT), order, 0).bindValues(OrderRow.all(order))
			.bindValues(lines(order))
			.then();
	}

	@Override
	public Mono<Void> update(Order previous, Order next) {
		return HeldOrders.find(this.updates)
			.flatMap(
					(held) -> (held.isPresent() && held.get().change(next)) ? Mono.empty() : updateNow(previous, next));
	}

	private Mono<Void> updateNow(Order previous, Order next) {
		boolean moved = previous.status() != next.status();
		return withHistory(this.db.sql(moved ? UPDATE_AND_NOTIFY : UPDATE), next, previous.history().size())
			.bindValues(OrderRow.progress(next))
			.then();
	}

	private Mono<Order> selectOne(String sql, OrderId id) {
		return this.db.sql(sql).bind("id", id.value()).map(OrderReads::read).one();
	}

	/**
	 * Binds the history entries from index {@code from} on (usually one) as the arrays
	 * {@link #HISTORY} reads.
	 */
	private static GenericExecuteSpec withHistory(GenericExecuteSpec statement, Order order, int from) {
		List<HistoryEntry> added = order.history().subList(from, order.history().size());
		Integer[] seqs = IntStream.range(from, from + added.size()).boxed().toArray(Integer[]::new);
		return statement.bind("historySeqs", seqs)
			.bind("historyStatuses", added.stream().map((entry) -> entry.status().name()).toArray(String[]::new))
			.bind("historyReasons", added.stream().map(HistoryEntry::reason).toArray(String[]::new))
			.bind("historyAts", added.stream().map((entry) -> entry.at().toString()).toArray(String[]::new));
	}

	private static Map<String, Object> lines(Order order) {
		List<OrderLine> lines = order.details().lines();
		return Map.of("lineNos", IntStream.range(0, lines.size()).boxed().toArray(Integer[]::new), "items",
				lines.stream().map((line) -> line.menuItemId().value()).toArray(UUID[]::new), "names",
				lines.stream().map(OrderLine::name).toArray(String[]::new), "quantities",
				lines.stream().map(OrderLine::quantity).toArray(Integer[]::new), "unitPrices",
				lines.stream().map((line) -> line.unitPrice().amount()).toArray(Long[]::new), "lineTotals",
				lines.stream().map((line) -> line.lineTotal().amount()).toArray(Long[]::new));
	}

}
