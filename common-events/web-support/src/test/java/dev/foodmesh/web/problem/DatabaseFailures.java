package dev.foodmesh.web.problem;

import java.net.ConnectException;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The errors a service sees when its database is down, slow or out of connections, as the
 * driver (r2dbc-postgresql), the pool (r2dbc-pool) and Spring's translation raise them,
 * and two that are not an outage at all.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	static Throwable of(String kind) {
		return switch (kind) {
			// r2dbc-postgresql: connection refused, or the connection died (no SQLSTATE)
			case "refused" -> new R2dbcNonTransientResourceException("Cannot connect to localhost/127.0.0.1:5432",
					new ConnectException("Connection refused"));
			// ... as Spring's DatabaseClient reports it
			case "spring-refused" -> new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
					new R2dbcNonTransientResourceException("Cannot connect to localhost/127.0.0.1:5432"));
			// r2dbc-pool: max-acquire-time exceeded
			case "acquire-timeout" -> new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
					new R2dbcTimeoutException("Connection acquisition timed out after 5000ms"));
			// a transaction that cannot begin
			case "no-transaction" -> new CannotCreateTransactionException("Could not open R2DBC Connection",
					new R2dbcTransientResourceException("too many clients"));
			// SQLSTATE 57P01: the server is shutting down
			case "admin-shutdown" -> new R2dbcNonTransientResourceException("terminating connection", "57P01");
			// SQLSTATE 53300: too many connections
			case "too-many-connections" -> new R2dbcNonTransientResourceException("sorry, too many clients", "53300");
			// SQLSTATE 57014 and 55P03: past statement_timeout, past lock_timeout (raised
			// as this type, any class)
			case "statement-timeout" -> new DataAccessResourceFailureException("timed out",
					new R2dbcNonTransientResourceException("canceling statement due to statement timeout", "57014"));
			case "lock-timeout" ->
				new R2dbcNonTransientResourceException("canceling statement due to lock timeout", "55P03");
			case "spring-timeout" -> new QueryTimeoutException("statement timeout");
			case "spring-transient" -> new TransientDataAccessResourceException("database restarting");
			case "spring-failure" -> new DataAccessResourceFailureException("no database");
			// not an outage: the driver raises the same type for an internal error
			// (XX000) ...
			case "internal" -> new DataAccessResourceFailureException("internal",
					new R2dbcNonTransientResourceException("could not read block", "XX000"));
			// ... and a data exception (22021: NUL in text) is a bug or bad input, never
			// the database's fault
			case "bad-data" ->
				new R2dbcBadGrammarException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
			// not the database: another service refused the connection (WebClient wraps
			// the ConnectException)
			case "http-refused" -> new IllegalStateException("Connection refused: user-service/10.0.0.7:8080",
					new ConnectException("Connection refused"));
			default -> new IllegalArgumentException(kind);
		};
	}

}
