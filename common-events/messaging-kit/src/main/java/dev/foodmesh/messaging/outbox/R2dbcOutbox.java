package dev.foodmesh.messaging.outbox;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * {@link Outbox} on the service's Postgres: one {@code outbox} row per event, written in
 * the R2DBC transaction of the caller's Reactor Context. The event is serialised once
 * here; the relay publishes these exact bytes. The row keeps the trace parent of the work
 * appending it ({@link Traces#current()}).
 * <p>
 * Inside a transaction the rows are held until just before it commits and then inserted
 * with one statement ({@link PendingOutboxRows}): a consumer's batch of a hundred events
 * costs one insert, not a hundred. Outside a transaction a row is inserted at once.
 */
public final class R2dbcOutbox implements Outbox {

	private final OutboxInserts inserts;

	private final EventJson json;

	public R2dbcOutbox(DatabaseClient database, EventJson json) {
		this.inserts = new OutboxInserts(database);
		this.json = json;
	}

	@Override
	public Mono<Void> append(IntegrationEvent event) {
		return Traces.current().flatMap((trace) -> append(event, trace));
	}

	private Mono<Void> append(IntegrationEvent event, Optional<TraceParent> trace) {
		NewOutboxRow row = NewOutboxRow.of(event, this.json.write(event), trace.orElse(null));
		return PendingOutboxRows.of(this.inserts)
			.map((pending) -> pending.add(row))
			.hasElement()
			.flatMap((held) -> held ? Mono.empty() : this.inserts.insert(List.of(row)));
	}

}
