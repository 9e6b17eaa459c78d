package dev.foodmesh.delivery.persistence;

import static dev.foodmesh.delivery.persistence.DeliveryArrays.text;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;

/**
 * Writes what a {@link HeldMoves} gathered with one statement: the new state of each
 * delivery its transaction moved, and the couriers those moves freed.
 */
@Component
class MoveWrites {

	private static final String WRITE = """
			with moved as (
			  update deliveries d set status = m.status, courier_id = m.courier_id::uuid,
			    assigned_at = m.assigned_at::timestamptz, estimated_delivery_at = m.eta::timestamptz,
			    picked_up_at = m.picked_up_at::timestamptz, completed_at = m.completed_at::timestamptz,
			    failure_reason = m.failure_reason, failed_at = m.failed_at::timestamptz,
			    released_at = m.released_at::timestamptz
			  from unnest(:ids::uuid[], :statuses::text[], :courierIds::text[], :assignedAts::text[], :etas::text[],
			    :pickedUpAts::text[], :completedAts::text[], :failureReasons::text[], :failedAts::text[],
			    :releasedAts::text[])
			    as m(id, status, courier_id, assigned_at, eta, picked_up_at, completed_at, failure_reason, failed_at,
			      released_at)
			  where d.id = m.id
			  returning 1),
			freed as (
			  update couriers c set status = 'AVAILABLE', status_since = f.since::timestamptz
			  from unnest(:freedIds::uuid[], :freedSince::text[]) as f(id, since)
			  where c.id = f.id
			  returning 1)
			select (select count(*) from moved) as moved, (select count(*) from freed) as freed""";

	private final DatabaseClient database;

	MoveWrites(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> write(Collection<Delivery> moved, Map<CourierId, Instant> freed) {
		if (moved.isEmpty() && freed.isEmpty()) {
			return Mono.empty();
		}
		List<DeliveryRow> rows = moved.stream().map(DeliveryRow::of).toList();
		return DeliveryArrays.bindStates(database.sql(WRITE), rows)
			.bind("ids", rows.stream().map(DeliveryRow::id).toArray(UUID[]::new))
			.bind("freedIds", freed.keySet().stream().map(CourierId::value).toArray(UUID[]::new))
			.bind("freedSince", text(freed.values(), since -> since))
			.map(row -> row.get("moved", Long.class) == rows.size() && row.get("freed", Long.class) == freed.size())
			.one()
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("A held delivery or a freed courier is gone")))
			.then();
	}

}
