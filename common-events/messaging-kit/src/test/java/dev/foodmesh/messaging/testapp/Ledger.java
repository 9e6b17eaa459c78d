package dev.foodmesh.messaging.testapp;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Test-side reads of the test application's state, blocking on the test thread. */
@Component
public class Ledger {

	private final DatabaseClient database;

	Ledger(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The event ids applied for an order, in the order they were applied (repeated if
	 * applied twice).
	 */
	public List<UUID> applied(UUID orderId) {
		return this.database.sql("select event_id from ledger where order_id = :orderId order by id")
			.bind("orderId", orderId)
			.map((row) -> row.get("event_id", UUID.class))
			.all()
			.collectList()
			.block();
	}

}
