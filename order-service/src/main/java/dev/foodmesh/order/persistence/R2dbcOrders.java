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

import dev.foodmesh.order.application.IdempotencyRecords.IdempotencyRecord;
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
	// %s: what else the entries are selected from ("claimed," when inserting, so that
	// they are written only with the order)
	private static final String HISTORY = """
			history as (insert into order_history (order_id, seq, status, reason, at)
			  select :id, entry.* from %s unnest(:historySeqs::int[], :historyStatuses::text[],
			    :historyReasons::text[], :historyAts::text[]::timestamptz[]) as entry)""";

	// The idempotency key is claimed by the same statement: the order, its lines and its
	// history are selected from the claim, so a key already taken writes nothing. Its
	// conflict check waits for a concurrent claim of the key, as a separate insert would.
	private static final String INSERT = """
			with claimed as (insert into idempotency_keys (idempotency_key, request_hash, order_id)
			  values (:key, :requestHash, :id) on conflict (idempotency_key) do nothing returning order_id),
			placed as (insert into orders (%s) select :id, :userId, :restaurantId, :restaurantCity,
			  :totalAmount, :currency, :street, :city, :postalCode, :paymentToken, :status, :cancellationReason,
			  :paymentId, :courierId, :courierName, :eta, :createdAt, :updatedAt from claimed),
			lines as (insert into order_lines (order_id, line_no, menu_item_id, name, quantity, unit_price, line_total)
			  select :id, line.* from claimed, unnest(:lineNos::int[], :items::uuid[], :names::text[],
			    :quantities::int[], :unitPrices::bigint[], :lineTotals::bigint[]) as line),
			%s
			select count(*) as claimed from claimed""".formatted(OrderRow.COLUMNS, HISTORY.formatted("claimed,"));

	// status_since follows the database's clock, as the overdue pass that compares it
	// with now() (R2dbcOverdueOrders)
	private static final String UPDATE_ONLY = """
			with changed as (update orders set status = :status, cancellation_reason = :cancellationReason,
			  payment_id = :paymentId, courier_id = :courierId, courier_name = :courierName,
			  estimated_delivery_at = :eta, updated_at = :updatedAt,
			  status_since = case when status = :status then status_since else now() end where id = :id),
			%s
			""".formatted(HISTORY.formatted(""));

	private static final String UPDATE = UPDATE_ONLY + "select 1";

	/**
	 * Postgres delivers the notification when the transaction commits, to every replica's
	 * listener.
	 */
	private static final String UPDATE_AND_NOTIFY = UPDATE_ONLY + "select pg_notify('" + STATUS_CHANNEL
			+ "', :id::text)";

	private static final String LOCK_AND_READ = OrderReads.SELECT
			+ "where o.id = any(:ids) order by o.id for update of o";

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

	@Override
	public Mono<Order> findForUpdate(OrderId id) {
		return HeldOrders.find(this.updates)
			.flatMap((held) -> held.flatMap((orders) -> orders.current(id))
				.map(Mono::just)
				.orElseGet(() -> lockAndRead(new UUID[] { id.value() }).next()));
	}

	@Override
	public Mono<Void> holdForUpdate(Collection<OrderId> ids) {
		UUID[] values = ids.stream().map(OrderId::value).toArray(UUID[]::new);
		return HeldOrders.begin(this.updates).flatMap((held) -> lockAndRead(values).doOnNext(held::hold).then());
	}

	/**
	 * Locks the orders in the order of their ids, as every transaction does, so that two
	 * sharing orders wait for each other instead of deadlocking, and reads them with the
	 * same statement. After waiting for another transaction's lock, Postgres returns the
	 * row as that transaction left it but its history as the statement first saw it,
	 * without the steps that transaction added. Every change stamps the row's
	 * {@code updated_at} with the instant of the step it adds, so such an order's last
	 * step is older than its row: those orders are read again, now that they are locked.
	 */
	private Flux<Order> lockAndRead(UUID[] ids) {
		return this.db.sql(LOCK_AND_READ)
			.bind("ids", ids)
			.map(OrderReads::read)
			.all()
			.collectList()
			.flatMapMany(this::readAgainWhereStale);
	}

	private Flux<Order> readAgainWhereStale(List<Order> locked) {
		UUID[] stale = locked.stream()
			.filter((order) -> !order.history().getLast().at().equals(order.updatedAt()))
			.map((order) -> order.id().value())
			.toArray(UUID[]::new);
		if (stale.length == 0) {
			return Flux.fromIterable(locked);
		}
		return this.db.sql(OrderReads.SELECT + "where o.id = any(:ids)")
			.bind("ids", stale)
			.map(OrderReads::read)
			.all()
			.collectMap(Order::id)
			.flatMapIterable(
					(current) -> locked.stream().map((order) -> current.getOrDefault(order.id(), order)).toList());
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
	public Mono<Boolean> insert(Order order, IdempotencyRecord key) {
		return withHistory(this.db.sql(INSERT), order, 0).bindValues(OrderRow.all(order))
			.bindValues(lines(order))
			.bind("key", key.key())
			.bind("requestHash", key.requestHash())
			.map((row) -> row.get("claimed", Long.class) == 1)
			.one();
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
