package dev.foodmesh.order.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.messaging.envelope.EventJson;

/**
 * What order-service wrote to its outbox: exactly what the relay publishes, in order,
 * without waiting for Kafka.
 */
final class OutboxRows {

	private static final EventJson JSON = new EventJson();

	private OutboxRows() {
	}

	static List<OrderCancelledEvent> cancellations(DatabaseClient db, UUID orderId) {
		return db.sql("select payload::text from outbox where message_key = :id and ce_type = :type order by seq")
			.bind("id", orderId.toString())
			.bind("type", "dev.foodmesh.order.cancelled.v1")
			.map((row) -> JSON.read(row.get(0, String.class).getBytes(StandardCharsets.UTF_8),
					OrderCancelledEvent.class))
			.all()
			.collectList()
			.block();
	}

}
