package dev.foodmesh.order.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.Money;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderLine;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * Reads whole orders in one statement: each order row comes with its lines and its
 * history aggregated into arrays, so loading orders is one round trip instead of three.
 * Append a {@code where} clause (and any ordering, limit or locking of {@code o}) to
 * {@link #SELECT}, or read from a subquery of {@code orders} with {@link #selectFrom}.
 */
final class OrderReads {

	// the history's instants travel as epoch microseconds: Postgres' own precision, and a
	// plain bigint[] to decode
	private static final String SELECT_FROM = """
			select %s, l.*, h.* from %%s o
			cross join lateral (select array_agg(menu_item_id order by line_no) as line_items,
			  array_agg(name order by line_no) as line_names, array_agg(quantity order by line_no) as line_quantities,
			  array_agg(unit_price order by line_no) as line_unit_prices,
			  array_agg(line_total order by line_no) as line_totals
			  from order_lines where order_id = o.id) l
			cross join lateral (select array_agg(status order by seq) as history_statuses,
			  array_agg(reason order by seq) as history_reasons,
			  array_agg((extract(epoch from at) * 1000000)::bigint order by seq) as history_micros
			  from order_history where order_id = o.id) h
			""".formatted(prefixed());

	static final String SELECT = selectFrom("orders");

	private OrderReads() {
	}

	/**
	 * Whole orders from {@code orders}, a table expression of {@code orders} rows: a
	 * subquery that filters, orders and limits them first aggregates the children of only
	 * the rows it keeps.
	 */
	static String selectFrom(String orders) {
		return SELECT_FROM.formatted(orders);
	}

	static Order read(Readable row) {
		OrderRow order = OrderRow.read(row);
		return order.toOrder(lines(row, order.currency()), history(row));
	}

	private static List<OrderLine> lines(Readable row, String currency) {
		UUID[] items = row.get("line_items", UUID[].class);
		String[] names = row.get("line_names", String[].class);
		Integer[] quantities = row.get("line_quantities", Integer[].class);
		Long[] unitPrices = row.get("line_unit_prices", Long[].class);
		Long[] totals = row.get("line_totals", Long[].class);
		List<OrderLine> lines = new ArrayList<>(items.length);
		for (int i = 0; i < items.length; i++) {
			lines.add(new OrderLine(new MenuItemId(items[i]), names[i], quantities[i],
					new Money(unitPrices[i], currency), new Money(totals[i], currency)));
		}
		return lines;
	}

	private static List<HistoryEntry> history(Readable row) {
		String[] statuses = row.get("history_statuses", String[].class);
		String[] reasons = row.get("history_reasons", String[].class);
		Long[] micros = row.get("history_micros", Long[].class);
		List<HistoryEntry> history = new ArrayList<>(statuses.length);
		for (int i = 0; i < statuses.length; i++) {
			history.add(new HistoryEntry(OrderStatus.valueOf(statuses[i]), reasons[i],
					Instant.EPOCH.plus(micros[i], ChronoUnit.MICROS)));
		}
		return history;
	}

	private static String prefixed() {
		return String.join(", ",
				List.of(OrderRow.COLUMNS.split(", ")).stream().map((column) -> "o." + column).toList());
	}

}
