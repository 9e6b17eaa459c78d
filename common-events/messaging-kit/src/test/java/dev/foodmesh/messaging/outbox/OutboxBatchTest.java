package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxBatchTest {

	@Test
	void shouldAddTheTimeSinceTheReadToTheWaitTheDatabaseMeasured() {
		OutboxRow row = new OutboxRow(1, UUID.randomUUID(), "topic", "key", "type", new byte[0], null, null,
				Instant.EPOCH, Duration.ofMillis(40));
		OutboxBatch batch = new OutboxBatch(List.of(row), System.nanoTime() - Duration.ofMillis(25).toNanos());

		assertThat(batch.waitedBy(row)).isBetween(Duration.ofMillis(65), Duration.ofMillis(65).plusMinutes(1));
	}

}
