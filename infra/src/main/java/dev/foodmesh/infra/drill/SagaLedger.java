package dev.foodmesh.infra.drill;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * Where each of the drill's orders ended, read from the three saga databases, and what
 * the payment and delivery topics say happened to it. An order is the drill's when its
 * {@code Idempotency-Key} carries the run's prefix: that is every order the stack
 * accepted, whether or not the drill saw the answer.
 */
final class SagaLedger {

	private static final Set<String> TERMINAL = Set.of("DELIVERED", "CANCELLED");

	/**
	 * One accepted order: its status and cancellation reason, its payment's and
	 * delivery's status ("" if none).
	 */
	record Order(String id, String status, String reason, String payment, String delivery) {

		boolean terminal() {
			return TERMINAL.contains(this.status);
		}

		boolean delivered() {
			return this.status.equals("DELIVERED");
		}

		boolean cancelled() {
			return this.status.equals("CANCELLED");
		}

	}

	private final Databases databases;

	private final String keyPrefix;

	SagaLedger(Databases databases, String keyPrefix) {
		this.databases = databases;
		this.keyPrefix = keyPrefix;
	}

	/** Every accepted order of the run, joined across the databases. */
	List<Order> orders() throws SQLException {
		List<Databases.Row> orders = this.databases.query("order", """
				select o.id::text, o.status, coalesce(o.cancellation_reason, '')
				from idempotency_keys k join orders o on o.id = k.order_id
				where k.idempotency_key like ?""", this.keyPrefix + "%");
		String[] ids = orders.stream().map((row) -> row.text(0)).toArray(String[]::new);
		Map<String, String> payments = statuses("payment", "payments", ids);
		Map<String, String> deliveries = statuses("delivery", "deliveries", ids);
		return orders.stream()
			.map((row) -> new Order(row.text(0), row.text(1), row.text(2), payments.getOrDefault(row.text(0), ""),
					deliveries.getOrDefault(row.text(0), "")))
			.toList();
	}

	/**
	 * Accepted orders not yet where they can end: not terminal, or cancelled with the
	 * charge not refunded.
	 */
	static long unsettled(List<Order> orders) {
		return orders.stream()
			.filter((order) -> !order.terminal() || (order.cancelled() && Findings.HOLDING.contains(order.payment())))
			.count();
	}

	/** Terminal status (with reason) or non-terminal status → orders. */
	static Map<String, Long> byStatus(List<Order> orders) {
		Map<String, Long> counts = new TreeMap<>();
		orders.forEach((order) -> counts
			.merge(order.reason().isEmpty() ? order.status() : order.status() + " " + order.reason(), 1L, Long::sum));
		return counts;
	}

	/** Per order id, the distinct event ids of each {@code ce_type} on the topic. */
	static Map<String, Map<String, Set<String>>> events(TopicReader reader, String topic) {
		Map<String, Map<String, Set<String>>> events = new HashMap<>();
		reader.readAll(topic, (record) -> {
			String type = header(record, "ce_type");
			if (record.key() != null && type != null) {
				events.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), (id) -> new HashMap<>())
					.computeIfAbsent(type, (t) -> new HashSet<>())
					.add(String.valueOf(header(record, "ce_id")));
			}
		});
		return events;
	}

	private Map<String, String> statuses(String service, String table, String[] orderIds) throws SQLException {
		Map<String, String> statuses = new HashMap<>();
		this.databases
			.query(service, "select order_id::text, status from " + table + " where order_id = any(?::uuid[])",
					(Object) orderIds)
			.forEach((row) -> statuses.put(row.text(0), row.text(1)));
		return statuses;
	}

	private static @Nullable String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
