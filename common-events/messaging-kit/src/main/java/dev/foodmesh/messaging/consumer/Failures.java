package dev.foodmesh.messaging.consumer;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.apache.kafka.common.errors.RetriableException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.messaging.envelope.UndecodableEventException;

/**
 * Decides whether a failure is transient: the database or the broker is unavailable, slow
 * or asked us to retry, so the same record will succeed later and must be retried, never
 * skipped. Everything else is permanent for that record, which ends in the dead-letter
 * topic.
 */
final class Failures {

	// connection exception, transaction rollback (serialization, deadlock), insufficient
	// resources, operator intervention (e.g. pg_terminate_backend, shutdown), system
	// error
	private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

	private Failures() {
	}

	static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = nextCause(cause)) {
			if (cause instanceof InvalidEventException || cause instanceof UndecodableEventException) {
				return false;
			}
			if (isTransientType(cause) || isTransientSqlState(cause)) {
				return true;
			}
		}
		return false;
	}

	static boolean isPermanent(Throwable failure) {
		return !isTransient(failure);
	}

	// R2DBC calls a lost connection "non-transient resource" failure, yet a new
	// connection will do
	private static boolean isTransientType(Throwable failure) {
		return failure instanceof R2dbcTransientException || failure instanceof R2dbcNonTransientResourceException
				|| failure instanceof TransientDataAccessException
				|| failure instanceof DataAccessResourceFailureException
				|| failure instanceof RecoverableDataAccessException
				|| failure instanceof CannotCreateTransactionException || failure instanceof RetriableException
				|| failure instanceof TimeoutException || failure instanceof IOException;
	}

	private static boolean isTransientSqlState(Throwable failure) {
		String sqlState = (failure instanceof R2dbcException r2dbc) ? r2dbc.getSqlState() : null;
		return sqlState != null && sqlState.length() >= 2
				&& TRANSIENT_SQL_STATE_CLASSES.contains(sqlState.substring(0, 2));
	}

	private static @Nullable Throwable nextCause(Throwable failure) {
		Throwable cause = failure.getCause();
		return (cause == failure) ? null : cause;
	}

}
