package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayTermTest {

	private final RelayTerm term = new RelayTerm();

	@Test
	void shouldAnswerTheWakeUpsReceivedBeforeAReadStartedAndNoneAfter() {
		long first = this.term.wokenUp();
		long second = this.term.wokenUp();
		assertThat(this.term.isAnswered(second)).as("before any read").isFalse();

		this.term.reading();
		long third = this.term.wokenUp();

		assertThat(this.term.isAnswered(first)).isTrue();
		assertThat(this.term.isAnswered(second)).isTrue();
		assertThat(this.term.isAnswered(third)).as("received after the read started").isFalse();
	}

	@Test
	void shouldNeverAnswerTheFinalWakeUp() {
		this.term.wokenUp();
		this.term.reading();

		assertThat(this.term.isAnswered(RelayTerm.FINAL)).isFalse();
	}

	@Test
	void shouldHandEveryAcknowledgedRowToTheNextReadOnce() {
		OutboxRow first = row(1);
		OutboxRow second = row(2);
		OutboxRow third = row(3);
		this.term.acknowledged(List.of(first, second));
		this.term.acknowledged(List.of(third));

		assertThat(this.term.reading()).containsExactly(first, second, third);
		assertThat(this.term.reading()).as("marked by the read before").isEmpty();
	}

	private static OutboxRow row(long seq) {
		return new OutboxRow(seq, UUID.randomUUID(), "topic", "key", "type", new byte[0], null, null, Instant.EPOCH,
				Duration.ZERO);
	}

}
