package dev.foodmesh.delivery.persistence;

import static dev.foodmesh.delivery.persistence.Binder.bind;
import static dev.foodmesh.delivery.persistence.Binder.bindName;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import dev.foodmesh.delivery.application.Deliveries;
import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * The deliveries in Postgres. Within a transaction that holds a batch of paid orders
 * ({@link HeldScheduling}), the deliveries it adds live in the hold until just before the
 * commit; so do the deliveries a scan for due pickups and completions locked
 * ({@link HeldMoves}) and their moves. Every other delivery is read and written at once.
 */
@Repository
class R2dbcDeliveries implements Deliveries {

	private static final String ADD = """
			insert into deliveries (id, order_id, city, status, requested_at, traceparent, tracestate)
			values (:id, :orderId, :city, 'UNASSIGNED', :requestedAt, :traceparent, :tracestate)
			on conflict (order_id) do nothing""";

	// SKIP LOCKED: a replica (or the HTTP path) holding a row keeps it; this scan takes
	// the next ones.
	private static final String DUE = """
			select * from deliveries where status = :status and %1$s < :cutoff
			order by %1$s limit :limit for update skip locked""";

	private static final String UPDATE = """
			update deliveries set status = :status, courier_id = :courierId, assigned_at = :assignedAt,
			  estimated_delivery_at = :estimatedDeliveryAt, picked_up_at = :pickedUpAt, completed_at = :completedAt,
			  failure_reason = :failureReason, failed_at = :failedAt, released_at = :releasedAt
			where id = :id""";

	private final DatabaseClient database;

	private final ScheduleWrites scheduleWrites;

	private final MoveWrites moveWrites;

	private final R2dbcOrderTraces orderTraces;

	R2dbcDeliveries(DatabaseClient database, ScheduleWrites scheduleWrites, MoveWrites moveWrites,
			R2dbcOrderTraces orderTraces) {
		this.database = database;
		this.scheduleWrites = scheduleWrites;
		this.moveWrites = moveWrites;
		this.orderTraces = orderTraces;
	}

	@Override
	public Mono<Boolean> add(Delivery.Unassigned delivery, Optional<OrderTrace> orderTrace) {
		return HeldScheduling.current(scheduleWrites)
			.flatMap(held -> held.flatMap(orders -> orders.add(delivery, orderTrace))
				.map(Mono::just)
				.orElseGet(() -> insert(delivery, orderTrace)));
	}

	private Mono<Boolean> insert(Delivery.Unassigned delivery, Optional<OrderTrace> orderTrace) {
		GenericExecuteSpec insert = database.sql(ADD)
			.bind("id", delivery.id().value())
			.bind("orderId", delivery.orderId().value())
			.bind("city", delivery.city())
			.bind("requestedAt", delivery.request().requestedAt());
		insert = bind(insert, "traceparent", orderTrace.map(OrderTrace::traceparent).orElse(null), String.class);
		insert = bind(insert, "tracestate", orderTrace.map(OrderTrace::tracestate).orElse(null), String.class);
		return insert.fetch().rowsUpdated().map(inserted -> inserted == 1);
	}

	@Override
	public Mono<Delivery> lock(DeliveryId id) {
		return HeldMoves.current(moveWrites)
			.flatMap(held -> held.flatMap(moves -> moves.current(id))
				.map(Mono::just)
				.orElseGet(() -> rows(
						database.sql("select * from deliveries where id = :id for update").bind("id", id.value()))
					.singleOrEmpty()));
	}

	@Override
	public Mono<Delivery> lockByOrder(OrderId orderId) {
		return HeldScheduling.current(scheduleWrites)
			.flatMap(held -> held.flatMap(orders -> orders.added(orderId))
				.map(Mono::just)
				.orElseGet(() -> lockByOrderNow(orderId)));
	}

	private Mono<Delivery> lockByOrderNow(OrderId orderId) {
		return rows(database.sql("select * from deliveries where order_id = :orderId for update")
			.bind("orderId", orderId.value())).singleOrEmpty();
	}

	@Override
	public Flux<Delivery> lockWaiting(int limit) {
		return rows(database.sql("""
				select * from deliveries where status = 'UNASSIGNED'
				order by requested_at limit :limit for update skip locked""").bind("limit", limit));
	}

	@Override
	public Flux<Delivery> lockAssignedBefore(Instant cutoff, int limit) {
		return due("ASSIGNED", "assigned_at", cutoff, limit);
	}

	@Override
	public Flux<Delivery> lockPickedUpBefore(Instant cutoff, int limit) {
		return due("PICKED_UP", "picked_up_at", cutoff, limit);
	}

	@Override
	public Mono<Void> update(Delivery delivery) {
		// the transaction's hold that has the delivery writes its change before the
		// commit;
		// the second hold is looked up only when the first does not take it
		return HeldScheduling.current(scheduleWrites)
			.filter(scheduling -> !scheduling.map(held -> held.change(delivery)).orElse(false))
			.flatMap(notTaken -> HeldMoves.current(moveWrites))
			.filter(moves -> !moves.map(held -> held.move(delivery)).orElse(false))
			.flatMap(notTaken -> updateNow(delivery));
	}

	private Mono<Void> updateNow(Delivery delivery) {
		return bindRow(database.sql(UPDATE), DeliveryRow.of(delivery)).fetch()
			.rowsUpdated()
			.filter(updated -> updated == 1)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("No delivery " + delivery.id() + " to update")))
			.then();
	}

	// held, so that their moves write them, and free their couriers, with one statement
	private Flux<Delivery> due(String status, String since, Instant cutoff, int limit) {
		return locked(
				database.sql(DUE.formatted(since)).bind("status", status).bind("cutoff", cutoff).bind("limit", limit))
			.flatMapMany(locked -> HeldMoves.begin(moveWrites)
				.doOnNext(held -> held.hold(locked))
				.thenMany(Flux.fromIterable(locked)));
	}

	// Every query here locks its rows (for update). Each row's kept trace, read with it,
	// is remembered for the rest of the transaction, so events appended for it need no
	// read of their own (R2dbcOrderTraces).
	// A scan's caller writes each row in the scan's transaction, on the same connection,
	// and r2dbc-postgresql answers one statement at a time: a write sent while rows are
	// still unread (concatMap asks for 32 ahead) waits for the end of a result that waits
	// for the caller. So the result is read to its end first; a scan's limit bounds it.
	private Flux<Delivery> rows(GenericExecuteSpec query) {
		return locked(query).flatMapMany(Flux::fromIterable);
	}

	private Mono<List<Delivery>> locked(GenericExecuteSpec query) {
		return query.map(row -> new Locked(DeliveryRow.read(row).toDomain(), R2dbcOrderTraces.read(row)))
			.all()
			.collectList()
			.flatMap(locked -> orderTraces
				.remember(
						locked.stream().collect(Collectors.toMap(row -> row.delivery().orderId(), Locked::orderTrace)))
				.thenReturn(locked.stream().map(Locked::delivery).toList()));
	}

	private record Locked(Delivery delivery, Optional<OrderTrace> orderTrace) {
	}

	private static GenericExecuteSpec bindRow(GenericExecuteSpec spec, DeliveryRow row) {
		spec = spec.bind("id", row.id()).bind("status", row.status().name());
		spec = bind(spec, "courierId", row.courierId(), UUID.class);
		spec = bind(spec, "assignedAt", row.assignedAt(), Instant.class);
		spec = bind(spec, "estimatedDeliveryAt", row.estimatedDeliveryAt(), Instant.class);
		spec = bind(spec, "pickedUpAt", row.pickedUpAt(), Instant.class);
		spec = bind(spec, "completedAt", row.completedAt(), Instant.class);
		spec = bindName(spec, "failureReason", row.failureReason());
		spec = bind(spec, "failedAt", row.failedAt(), Instant.class);
		return bind(spec, "releasedAt", row.releasedAt(), Instant.class);
	}

}
