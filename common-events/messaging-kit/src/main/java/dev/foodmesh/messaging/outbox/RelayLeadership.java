package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes one replica of a service the active outbox relay: the one holding a session-level
 * Postgres advisory lock on a dedicated connection (outside the pool, so the pool can
 * never recycle it). The lock is released when that connection closes, on a graceful stop
 * as much as when the process or the connection dies, so a standby replica takes over at
 * its next try. The same connection listens for the outbox trigger's notifications.
 * <p>
 * A leader that stops running altogether (frozen, or its host cut off) keeps that
 * connection open, and with it the lock: the kernel still acknowledges TCP for a stopped
 * process. So the session carries a lease: Postgres ends it once it has been idle for the
 * lease ({@code idle_session_timeout}), and a live leader's backlog poll renews it. A
 * frozen leader that resumes finds its connection closed, fails its round and competes
 * again as a standby; rows it was sending meanwhile may be sent twice, which consumers
 * deduplicate.
 */
final class RelayLeadership {

	static final String CHANNEL = "foodmesh_outbox";

	// any fixed key will do: every service has a database of its own
	private static final long LOCK_KEY = 0x466f6f644d657368L;

	private final PostgresqlConnectionFactory connections;

	private final Duration lease;

	RelayLeadership(ConnectionFactory connectionFactory, Duration lease) {
		this.connections = postgres(connectionFactory);
		this.lease = lease;
	}

	/**
	 * Runs the work on a dedicated connection if this replica gets the lock, and releases
	 * the lock when the work ends, fails or is cancelled. Emits whether this replica led.
	 */
	Mono<Boolean> whileLeader(Function<PostgresqlConnection, Mono<Void>> work) {
		return Mono.usingWhen(this.connections.create(),
				(connection) -> leaseSession(connection).then(tryLock(connection))
					.flatMap((locked) -> locked ? work.apply(connection).thenReturn(true) : Mono.just(false)),
				PostgresqlConnection::close);
	}

	/** Notifications of committed outbox inserts, from the moment LISTEN took effect. */
	Flux<Notification> notifications(PostgresqlConnection connection) {
		return connection.createStatement("LISTEN " + CHANNEL)
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.thenMany(connection.getNotifications());
	}

	/**
	 * The backlog, without the rows Kafka acknowledged that are not marked yet; also
	 * proves the leader's connection, and so its lock, is still alive.
	 */
	Mono<Backlog> backlog(PostgresqlConnection connection, List<OutboxRow> acknowledged) {
		return connection.createStatement(Backlog.LEADER_QUERY)
			.bind("$1", acknowledged.stream().map(OutboxRow::seq).toArray(Long[]::new))
			.execute()
			.flatMap((result) -> result.map(Backlog::of))
			.single();
	}

	private Mono<Void> leaseSession(PostgresqlConnection connection) {
		return connection.createStatement("select set_config('idle_session_timeout', $1, false)")
			.bind("$1", this.lease.toMillis() + "ms")
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.then();
	}

	private static Mono<Boolean> tryLock(PostgresqlConnection connection) {
		return connection.createStatement("select pg_try_advisory_lock($1)")
			.bind("$1", LOCK_KEY)
			.execute()
			.flatMap((result) -> result.map((row) -> row.get(0, Boolean.class)))
			.single();
	}

	// unwraps the pool (and any observation proxy) down to the driver's factory, which
	// alone can LISTEN
	private static PostgresqlConnectionFactory postgres(ConnectionFactory connectionFactory) {
		ConnectionFactory factory = connectionFactory;
		while (!(factory instanceof PostgresqlConnectionFactory) && factory instanceof Wrapped<?> wrapped
				&& wrapped.unwrap() instanceof ConnectionFactory inner) {
			factory = inner;
		}
		if (factory instanceof PostgresqlConnectionFactory postgres) {
			return postgres;
		}
		throw new IllegalStateException("The outbox relay needs a Postgres R2DBC ConnectionFactory, found "
				+ connectionFactory.getClass().getName());
	}

}
