package dev.foodmesh.testsupport;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What a service's idempotent consumer has recorded in its {@code processed_events} table
 * (the messaging kit's dedupe table), read as a test sees it.
 */
public final class ProcessedEvents {

	private ProcessedEvents() {
	}

	/**
	 * Whether the consumer claimed the event, that is applied it in a committed
	 * transaction.
	 */
	public static boolean claimed(DatabaseClient database, UUID eventId) {
		return Boolean.TRUE.equals(database.sql("select exists (select 1 from processed_events where event_id = :id)")
			.bind("id", eventId)
			.map(row -> row.get(0, Boolean.class))
			.one()
			.block());
	}

}
