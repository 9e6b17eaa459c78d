package dev.foodmesh.web.database;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on how long a service's R2DBC connection may wait on Postgres, under
 * {@code foodmesh.database}, so that a slow query, a held lock or a vanished peer turns
 * into an error (a 503 for HTTP, a retry for a consumer) instead of a request or a
 * consumer lane that hangs for ever. Zero switches a timeout off.
 *
 * @param statementTimeout Postgres {@code statement_timeout}: the longest one statement
 * may run
 * @param lockTimeout Postgres {@code lock_timeout}: the longest a statement waits for a
 * row or table lock
 * @param idleInTransactionTimeout Postgres {@code idle_in_transaction_session_timeout}: a
 * transaction left open this long without a statement is ended and its locks released
 * @param tcpKeepAlive TCP keepalive on the connections, so that a peer that vanished
 * without a FIN is noticed
 */
@ConfigurationProperties("foodmesh.database")
@Validated
public record DatabaseTimeoutsProperties(@DefaultValue("10s") @DurationMin(millis = 0) Duration statementTimeout,
		@DefaultValue("5s") @DurationMin(millis = 0) Duration lockTimeout,
		@DefaultValue("60s") @DurationMin(millis = 0) Duration idleInTransactionTimeout,
		@DefaultValue("true") boolean tcpKeepAlive) {
}
