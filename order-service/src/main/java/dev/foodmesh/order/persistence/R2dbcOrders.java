package dev.foodmesh.order.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.order.application.Orders;
import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderLine;

/** {@link Orders} on Postgres: {@code orders}, {@code order_lines}, {@code order_history}. */
@Repository
class R2dbcOrders implements Orders {

	/** Channel of the status-change notifications that {@link PostgresOrderChanges} listens to. */
	static final String STATUS_CHANNEL = "order_status";

	private final DatabaseClient db;

	private final OrderAssembler assembler;

	R2dbcOrders(DatabaseClient db) {
		this.db = db;
		this.assembler = new OrderAssembler(db);
	}

	@Override
	public Mono<Order> findById(OrderId id) {
		return selectOne("SELECT " + OrderRow.COLUMNS + " FROM orders WHERE id = :id", id);
	}

	@Override
	public Mono<Order> findForUpdate(OrderId id) {
		return selectOne("SELECT " + OrderRow.COLUMNS + " FROM orders WHERE id = :id FOR UPDATE", id);
	}

	@Override
	public Flux<Order> lockOverduePayments(Instant placedBefore, int limit) {
		return this.db.sql("SELECT " + OrderRow.COLUMNS + " FROM orders WHERE status = 'PAYMENT_PENDING' "
				+ "AND created_at < :before ORDER BY created_at LIMIT :limit FOR UPDATE SKIP LOCKED")
			.bind("before", placedBefore)
			.bind("limit", limit)
			.map(OrderRow::read)
			.all()
			.collectList()
			.flatMapMany(this.assembler::assemble);
	}

	@Override
	public Mono<Void> insert(Order order) {
		return this.db.sql("INSERT INTO orders (" + OrderRow.COLUMNS + ") VALUES (:id, :userId, :restaurantId, "
				+ ":restaurantCity, :totalAmount, :currency, :street, :city, :postalCode, :paymentToken, :status, "
				+ ":cancellationReason, :paymentId, :courierId, :courierName, :eta, :createdAt, :updatedAt)")
			.bindValues(OrderRow.all(order))
			.then()
			.then(insertLines(order))
			.then(insertHistory(order, 0));
	}

	@Override
	public Mono<Void> update(Order previous, Order next) {
		return this.db.sql("UPDATE orders SET status = :status, cancellation_reason = :cancellationReason, "
				+ "payment_id = :paymentId, courier_id = :courierId, courier_name = :courierName, "
				+ "estimated_delivery_at = :eta, updated_at = :updatedAt WHERE id = :id")
			.bindValues(OrderRow.progress(next))
			.then()
			.then(insertHistory(next, previous.history().size()))
			.then((previous.status() != next.status()) ? notifyWatchers(next.id()) : Mono.empty());
	}

	private Mono<Order> selectOne(String sql, OrderId id) {
		return this.db.sql(sql)
			.bind("id", id.value())
			.map(OrderRow::read)
			.one()
			.flatMap((row) -> this.assembler.assemble(List.of(row)).single());
	}

	private Mono<Void> insertLines(Order order) {
		List<OrderLine> lines = order.details().lines();
		return this.db.sql("INSERT INTO order_lines (order_id, line_no, menu_item_id, name, quantity, unit_price, "
				+ "line_total) SELECT :orderId, * FROM unnest(:lineNos::int[], :items::uuid[], :names::text[], "
				+ ":quantities::int[], :unitPrices::bigint[], :lineTotals::bigint[])")
			.bind("orderId", order.id().value())
			.bind("lineNos", IntStream.range(0, lines.size()).boxed().toArray(Integer[]::new))
			.bind("items", lines.stream().map((line) -> line.menuItemId().value()).toArray(UUID[]::new))
			.bind("names", lines.stream().map(OrderLine::name).toArray(String[]::new))
			.bind("quantities", lines.stream().map(OrderLine::quantity).toArray(Integer[]::new))
			.bind("unitPrices", lines.stream().map((line) -> line.unitPrice().amount()).toArray(Long[]::new))
			.bind("lineTotals", lines.stream().map((line) -> line.lineTotal().amount()).toArray(Long[]::new))
			.then();
	}

	/** Appends the history entries from index {@code from} on; usually one. */
	private Mono<Void> insertHistory(Order order, int from) {
		List<HistoryEntry> history = order.history();
		return Flux.range(from, history.size() - from)
			.concatMap((seq) -> insertHistoryEntry(order.id(), seq, history.get(seq)))
			.then();
	}

	private Mono<Void> insertHistoryEntry(OrderId id, int seq, HistoryEntry entry) {
		return this.db.sql("INSERT INTO order_history (order_id, seq, status, reason, at) "
				+ "VALUES (:orderId, :seq, :status, :reason, :at)")
			.bind("orderId", id.value())
			.bind("seq", seq)
			.bind("status", entry.status().name())
			.bind("reason", OrderRow.nullable(entry.reason(), String.class))
			.bind("at", entry.at())
			.then();
	}

	/** Postgres delivers the notification when the transaction commits, to every replica's listener. */
	private Mono<Void> notifyWatchers(OrderId id) {
		return this.db.sql("SELECT pg_notify('" + STATUS_CHANNEL + "', :id)").bind("id", id.toString()).then();
	}

}
