package dev.foodmesh.messaging.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private final MessagingProperties.Backoff backoff = new MessagingProperties.Backoff(Duration.ofMillis(200),
			Duration.ofSeconds(1));

	@Test
	void shouldDoubleThePauseAfterEachFailureUpToTheMaximum() {
		assertThat(this.backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(200));
		assertThat(this.backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(400));
		assertThat(this.backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(800));
		assertThat(this.backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.backoff.delayAfter(1000)).isEqualTo(Duration.ofSeconds(1));
	}

}
