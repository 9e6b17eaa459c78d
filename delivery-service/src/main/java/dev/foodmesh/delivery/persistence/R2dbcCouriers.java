package dev.foodmesh.delivery.persistence;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.delivery.application.Couriers;
import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;

/**
 * The couriers in Postgres. Within a transaction that holds a batch of paid orders
 * ({@link HeldScheduling}), the couriers it locked are offered, taken and freed in the
 * hold and written just before the commit; within one that holds the moves of a scan
 * ({@link HeldMoves}), the couriers its moves free are freed with them. Every other
 * courier is written at once.
 */
@Repository
class R2dbcCouriers implements Couriers {

	private static final String ADD = """
			insert into couriers (id, name, city, status, status_since) values (:id, :name, :city, :status, :since)""";

	// SKIP LOCKED: a courier another transaction is assigning is not offered twice; it
	// takes the next one.
	private static final String AVAILABLE_IN_CITY = """
			select * from couriers where city = :city and status = 'AVAILABLE'
			order by status_since, id limit :limit for update skip locked""";

	// Conditional: only an available courier becomes busy, so a lost race can never
	// double-book one.
	private static final String OCCUPY = """
			update couriers set status = 'BUSY', status_since = :since where id = :id and status = 'AVAILABLE'""";

	private static final String FREE = """
			update couriers set status = 'AVAILABLE', status_since = :since where id = :id""";

	private final DatabaseClient database;

	private final ScheduleWrites scheduleWrites;

	private final MoveWrites moveWrites;

	R2dbcCouriers(DatabaseClient database, ScheduleWrites scheduleWrites, MoveWrites moveWrites) {
		this.database = database;
		this.scheduleWrites = scheduleWrites;
		this.moveWrites = moveWrites;
	}

	@Override
	public Mono<Void> add(Courier courier) {
		return database.sql(ADD)
			.bind("id", courier.id().value())
			.bind("name", courier.name())
			.bind("city", courier.city())
			.bind("status", courier.status().name())
			.bind("since", courier.statusSince())
			.then();
	}

	@Override
	public Flux<Courier> lockAvailableIn(String city, int limit) {
		return HeldScheduling.current(scheduleWrites)
			.flatMapMany(held -> held.flatMap(couriers -> couriers.availableIn(city, limit))
				.map(Flux::fromIterable)
				.orElseGet(() -> database.sql(AVAILABLE_IN_CITY)
					.bind("city", city)
					.bind("limit", limit)
					.map(CourierRow::read)
					.all()));
	}

	@Override
	public Mono<Void> occupy(CourierId id, Instant since) {
		return HeldScheduling.current(scheduleWrites)
			.flatMap(held -> (held.isPresent() && held.get().occupy(id, since)) ? Mono.empty()
					: change(OCCUPY, id, since, "available"));
	}

	@Override
	public Mono<Void> free(CourierId id, Instant since) {
		// the transaction's hold that has the courier, or the simulator's moves, free it
		// before the commit; the second hold is looked up only when the first does not
		return HeldScheduling.current(scheduleWrites)
			.filter(scheduling -> !scheduling.map(held -> held.free(id, since)).orElse(false))
			.flatMap(notFreed -> HeldMoves.current(moveWrites))
			.filter(moves -> !moves.map(held -> held.free(id, since)).orElse(false))
			.flatMap(notFreed -> change(FREE, id, since, "known"));
	}

	private Mono<Void> change(String sql, CourierId id, Instant since, String expected) {
		return database.sql(sql)
			.bind("id", id.value())
			.bind("since", since)
			.fetch()
			.rowsUpdated()
			.filter(updated -> updated == 1)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("Courier " + id + " is not " + expected)))
			.then();
	}

}
