package dev.foodmesh.delivery.persistence;

import static dev.foodmesh.delivery.persistence.DeliveryArrays.text;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.delivery.domain.Delivery;

/**
 * Writes what a {@link HeldScheduling} gathered with one statement: the new deliveries,
 * each in the state its transaction left it in and with its order's trace, and the new
 * status of each courier they took or freed. Values travel as arrays, one element per
 * row, as text where a column may be null.
 */
@Component
class ScheduleWrites {

	/** A delivery added in the transaction, as it is now. */
	record NewDelivery(Delivery delivery, Optional<OrderTrace> orderTrace) {
	}

	/** A held courier's new status. */
	record CourierChange(CourierId id, CourierStatus status, Instant since) {
	}

	// The order's unique key still decides: a delivery another transaction added since
	// the hold read the order is not overwritten, and the count tells. A courier becomes
	// busy only if available, as in R2dbcCouriers.
	private static final String WRITE = """
			with added as (
			  insert into deliveries (id, order_id, city, status, requested_at, courier_id, assigned_at,
			    estimated_delivery_at, picked_up_at, completed_at, failure_reason, failed_at, released_at,
			    traceparent, tracestate)
			  select id, order_id, city, status, requested_at::timestamptz, courier_id::uuid, assigned_at::timestamptz,
			    eta::timestamptz, picked_up_at::timestamptz, completed_at::timestamptz, failure_reason,
			    failed_at::timestamptz, released_at::timestamptz, traceparent, tracestate
			  from unnest(:ids::uuid[], :orderIds::uuid[], :cities::text[], :statuses::text[], :requestedAts::text[],
			    :courierIds::text[], :assignedAts::text[], :etas::text[], :pickedUpAts::text[], :completedAts::text[],
			    :failureReasons::text[], :failedAts::text[], :releasedAts::text[], :traceparents::text[],
			    :tracestates::text[])
			    as d(id, order_id, city, status, requested_at, courier_id, assigned_at, eta, picked_up_at,
			      completed_at, failure_reason, failed_at, released_at, traceparent, tracestate)
			  on conflict (order_id) do nothing
			  returning 1),
			changed as (
			  update couriers c set status = u.status, status_since = u.since::timestamptz
			  from unnest(:changedIds::uuid[], :changedStatuses::text[], :changedSince::text[]) as u(id, status, since)
			  where c.id = u.id and (u.status = 'AVAILABLE' or c.status = 'AVAILABLE')
			  returning 1)
			select (select count(*) from added) as added, (select count(*) from changed) as changed""";

	private final DatabaseClient database;

	ScheduleWrites(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> write(Collection<NewDelivery> added, Collection<CourierChange> changed) {
		if (added.isEmpty() && changed.isEmpty()) {
			return Mono.empty();
		}
		List<DeliveryRow> rows = added.stream().map(NewDelivery::delivery).map(DeliveryRow::of).toList();
		List<Optional<OrderTrace>> traces = added.stream().map(NewDelivery::orderTrace).toList();
		GenericExecuteSpec statement = DeliveryArrays.bindStates(database.sql(WRITE), rows)
			.bind("ids", rows.stream().map(DeliveryRow::id).toArray(UUID[]::new))
			.bind("orderIds", rows.stream().map(DeliveryRow::orderId).toArray(UUID[]::new))
			.bind("cities", text(rows, DeliveryRow::city))
			.bind("requestedAts", text(rows, DeliveryRow::requestedAt))
			.bind("traceparents", text(traces, trace -> trace.map(OrderTrace::traceparent).orElse(null)))
			.bind("tracestates", text(traces, trace -> trace.map(OrderTrace::tracestate).orElse(null)))
			.bind("changedIds", changed.stream().map(change -> change.id().value()).toArray(UUID[]::new))
			.bind("changedStatuses", text(changed, CourierChange::status))
			.bind("changedSince", text(changed, CourierChange::since));
		return statement.map(row -> new Written(row.get("added", Long.class), row.get("changed", Long.class)))
			.one()
			.flatMap(written -> written.check(added.size(), changed.size()));
	}

	private record Written(long added, long changed) {

		// A delivery of one of the orders was added by another transaction after the hold
		// read it (a redriven OrderPaid racing the original, say): this batch's decisions
		// for that order no longer hold, so it fails as transient and is applied again,
		// finding the delivery.
		Mono<Void> check(int expectedAdded, int expectedChanged) {
			if (added != expectedAdded) {
				return Mono.error(new ConcurrencyFailureException(
						"Another transaction added a delivery for an order of this batch"));
			}
			if (changed != expectedChanged) {
				return Mono.error(new IllegalStateException("A held courier was not available"));
			}
			return Mono.empty();
		}

	}

}
