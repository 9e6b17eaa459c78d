package dev.foodmesh.messaging.consumer;

import java.io.IOException;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.messaging.envelope.UndecodableEventException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

	@Test
	void shouldRetryWhenTheDatabaseIsUnavailable() {
		assertThat(Failures.isTransient(new R2dbcNonTransientResourceException("Connection closed"))).isTrue();
		assertThat(Failures.isTransient(new R2dbcTransientResourceException("too many connections"))).isTrue();
		assertThat(Failures
			.isTransient(new CannotCreateTransactionException("no connection", new IOException("Connection refused"))))
			.isTrue();
		assertThat(Failures.isTransient(new DataAccessResourceFailureException("gone"))).isTrue();
	}

	@Test
	void shouldRetryATerminatedBackendOrAnAbortedTransaction() {
		var terminated = new R2dbcNonTransientResourceException("terminating connection due to administrator command",
				"57P01");

		assertThat(Failures.isTransient(new DataAccessResourceFailureException("wrapped", terminated))).isTrue();
		assertThat(Failures.isTransient(new R2dbcRollbackException("deadlock detected", "40P01"))).isTrue();
		assertThat(Failures.isTransient(
				new io.r2dbc.spi.R2dbcBadGrammarException("canceling statement due to statement timeout", "57014")))
			.isTrue();
	}

	@Test
	void shouldRetryWhenTheBrokerIsUnavailable() {
		assertThat(Failures.isTransient(new NotLeaderOrFollowerException("moving"))).isTrue();
		assertThat(Failures.isTransient(new org.apache.kafka.common.errors.TimeoutException("slow"))).isTrue();
	}

	@Test
	void shouldDeadLetterWhatCanNeverSucceed() {
		assertThat(Failures.isPermanent(new InvalidEventException("unknown payment"))).isTrue();
		assertThat(Failures.isPermanent(new UndecodableEventException("no ce_type"))).isTrue();
		assertThat(Failures.isPermanent(new DataIntegrityViolationException("duplicate key",
				new R2dbcDataIntegrityViolationException("duplicate key", "23505"))))
			.isTrue();
		assertThat(Failures.isPermanent(new IllegalStateException("bug"))).isTrue();
		assertThat(Failures.isPermanent(new RecordTooLargeException("too big"))).isTrue();
	}

	@Test
	void shouldTrustTheHandlerThatCallsAnEventInvalid() {
		var invalid = new InvalidEventException("no such order");
		invalid.initCause(new IOException("looked it up remotely"));

		assertThat(Failures.isPermanent(invalid)).isTrue();
	}

}
