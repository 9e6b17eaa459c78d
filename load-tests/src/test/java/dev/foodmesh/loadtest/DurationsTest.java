package dev.foodmesh.loadtest;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DurationsTest {

	@Test
	void shouldReadK6Durations() {
		assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(Durations.parse("60s")).isEqualTo(Duration.ofSeconds(60));
		assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
		assertThat(Durations.parse("2.5s")).isEqualTo(Duration.ofMillis(2500));
		assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
		assertThat(Durations.parse(" 0 ")).isZero();
	}

	@Test
	void shouldRefuseWhatK6WouldRefuse() {
		for (String bad : new String[] { "", "60", "s", "1 m", "10x", "1m30" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> Durations.parse(bad))
				.withMessageContaining("60s");
		}
	}

	@Test
	void shouldWriteTheShortestText() {
		assertThat(Durations.format(Duration.ofSeconds(60))).isEqualTo("60s");
		assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
		assertThat(Durations.format(Duration.ofMillis(2500))).isEqualTo("2.5s");
		assertThat(Durations.parse(Durations.format(Duration.ofMillis(1250)))).isEqualTo(Duration.ofMillis(1250));
	}

}
