package dev.foodmesh.order.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import dev.foodmesh.order.domain.CourierAssignment;
import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.Order;

/**
 * Writes the changes of any number of orders with one statement: their progress columns,
 * the history entries each gained, and a status notification for each whose status moved.
 * Values travel as arrays, one element per order (or per history entry), as text where a
 * column may be null.
 */
final class OrderUpdates {

	/** One order as it was loaded and as it is now. */
	record Update(Order previous, Order next) {
	}

	// status_since follows the database's clock, as in R2dbcOrders' single update
	private static final String UPDATE = """
			with changed as (update orders o set status = c.status, cancellation_reason = c.cancellation_reason,
			  payment_id = c.payment_id::uuid, courier_id = c.courier_id::uuid, courier_name = c.courier_name,
			  estimated_delivery_at = c.eta::timestamptz, updated_at = c.updated_at::timestamptz,
			  status_since = case when o.status = c.status then o.status_since else now() end
			  from unnest(:ids::uuid[], :statuses::text[], :reasons::text[], :paymentIds::text[], :courierIds::text[],
			    :courierNames::text[], :etas::text[], :updatedAts::text[])
			    as c(id, status, cancellation_reason, payment_id, courier_id, courier_name, eta, updated_at)
			  where o.id = c.id),
			history as (insert into order_history (order_id, seq, status, reason, at)
			  select * from unnest(:historyOrders::uuid[], :historySeqs::int[], :historyStatuses::text[],
			    :historyReasons::text[], :historyAts::text[]::timestamptz[]))
			select pg_notify('%s', moved::text) from unnest(:moved::uuid[]) as moved"""
		.formatted(R2dbcOrders.STATUS_CHANNEL);

	private final DatabaseClient db;

	OrderUpdates(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> write(List<Update> updates) {
		if (updates.isEmpty()) {
			return Mono.empty();
		}
		List<Order> orders = updates.stream().map(Update::next).toList();
		GenericExecuteSpec statement = this.db.sql(UPDATE)
			.bind("ids", orders.stream().map((order) -> order.id().value()).toArray(UUID[]::new))
			.bind("statuses", text(orders, (order) -> order.status().name()))
			.bind("reasons",
					text(orders,
							(order) -> (order.cancellationReason() != null) ? order.cancellationReason().name() : null))
			.bind("paymentIds", text(orders, (order) -> (order.paymentId() != null) ? order.paymentId().value() : null))
			.bind("courierIds", text(orders, (order) -> assigned(order, (courier) -> courier.courier().id().value())))
			.bind("courierNames", text(orders, (order) -> assigned(order, (courier) -> courier.courier().name())))
			.bind("etas", text(orders, (order) -> assigned(order, CourierAssignment::estimatedDeliveryAt)))
			.bind("updatedAts", text(orders, Order::updatedAt))
			.bind("moved",
					updates.stream()
						.filter((update) -> update.previous().status() != update.next().status())
						.map((update) -> update.next().id().value())
						.toArray(UUID[]::new));
		return withHistory(statement, updates).then();
	}

	// the entries each order gained, numbered on from those it was loaded with
	private static GenericExecuteSpec withHistory(GenericExecuteSpec statement, List<Update> updates) {
		List<UUID> orders = new ArrayList<>();
		List<Integer> seqs = new ArrayList<>();
		List<HistoryEntry> added = new ArrayList<>();
		for (Update update : updates) {
			List<HistoryEntry> history = update.next().history();
			for (int seq = update.previous().history().size(); seq < history.size(); seq++) {
				orders.add(update.next().id().value());
				seqs.add(seq);
				added.add(history.get(seq));
			}
		}
		return statement.bind("historyOrders", orders.toArray(UUID[]::new))
			.bind("historySeqs", seqs.toArray(Integer[]::new))
			.bind("historyStatuses", text(added, (entry) -> entry.status().name()))
			.bind("historyReasons", text(added, HistoryEntry::reason))
			.bind("historyAts", text(added, HistoryEntry::at));
	}

	private static <T> @Nullable T assigned(Order order, Function<CourierAssignment, T> value) {
		return (order.courierAssignment() != null) ? value.apply(order.courierAssignment()) : null;
	}

	private static <T> String[] text(List<T> items, Function<T, @Nullable Object> value) {
		return items.stream().map(value).map((item) -> (item != null) ? item.toString() : null).toArray(String[]::new);
	}

}
