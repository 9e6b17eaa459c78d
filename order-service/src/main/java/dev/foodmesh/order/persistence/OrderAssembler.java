package dev.foodmesh.order.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.Money;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderLine;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * Completes order rows with their lines and history: two queries for any number of orders, never one per order.
 */
final class OrderAssembler {

	private final DatabaseClient db;

	OrderAssembler(DatabaseClient db) {
		this.db = db;
	}

	/** The orders of {@code rows}, in the same order. */
	Flux<Order> assemble(List<OrderRow> rows) {
		if (rows.isEmpty()) {
			return Flux.empty();
		}
		UUID[] ids = rows.stream().map(OrderRow::id).toArray(UUID[]::new);
		return Mono.zip(linesOf(ids), historyOf(ids))
			.flatMapIterable((children) -> ordersOf(rows, children.getT1(), children.getT2()));
	}

	private static List<Order> ordersOf(List<OrderRow> rows, Map<UUID, List<OrderLine>> lines,
			Map<UUID, List<HistoryEntry>> history) {
		return rows.stream().map((row) -> row.toOrder(lines.get(row.id()), history.get(row.id()))).toList();
	}

	private Mono<Map<UUID, List<OrderLine>>> linesOf(UUID[] ids) {
		return this.db.sql("SELECT o.currency, l.* FROM order_lines l JOIN orders o ON o.id = l.order_id "
				+ "WHERE l.order_id = ANY(:ids) ORDER BY l.order_id, l.line_no")
			.bind("ids", ids)
			.map((row) -> Map.entry(row.get("order_id", UUID.class), line(row)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private Mono<Map<UUID, List<HistoryEntry>>> historyOf(UUID[] ids) {
		return this.db.sql("SELECT * FROM order_history WHERE order_id = ANY(:ids) ORDER BY order_id, seq")
			.bind("ids", ids)
			.map((row) -> Map.entry(row.get("order_id", UUID.class), entry(row)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private static OrderLine line(Readable row) {
		String currency = row.get("currency", String.class);
		return new OrderLine(new MenuItemId(row.get("menu_item_id", UUID.class)), row.get("name", String.class),
				row.get("quantity", Integer.class), new Money(row.get("unit_price", Long.class), currency),
				new Money(row.get("line_total", Long.class), currency));
	}

	private static HistoryEntry entry(Readable row) {
		return new HistoryEntry(OrderStatus.valueOf(row.get("status", String.class)), row.get("reason", String.class),
				row.get("at", Instant.class));
	}

}
