package dev.foodmesh.messaging.consumer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@code processed_events} table: which events this consumer already applied.
 * Claiming runs in the handler's transaction, so an event counts as processed exactly
 * when its effects committed.
 */
final class ProcessedEvents {

	private static final String CLAIM = """
			insert into processed_events (consumer, event_id)
			select cast(:consumer as text), id from unnest(cast(:ids as uuid[])) as id
			on conflict do nothing
			returning event_id""";

	private final DatabaseClient database;

	private final String consumer;

	ProcessedEvents(DatabaseClient database, String consumer) {
		this.database = database;
		this.consumer = consumer;
	}

	/**
	 * Records the events as processed; emits the ids that were new, i.e. not processed
	 * before.
	 */
	Mono<Set<UUID>> claim(List<UUID> eventIds) {
		return this.database.sql(CLAIM)
			.bind("consumer", this.consumer)
			.bind("ids", eventIds.toArray(UUID[]::new))
			.map((row) -> row.get("event_id", UUID.class))
			.all()
			.collect(Collectors.toCollection(HashSet::new));
	}

}
