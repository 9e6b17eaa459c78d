package dev.foodmesh.web.database;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseClockAutoConfigurationTest {

	private static final Instant FIXED = Instant.parse("2026-12-04T12:00:00.123456789Z");

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DatabaseClockAutoConfiguration.class));

	@Test
	void shouldTickInWholeMicrosecondsAsPostgresStoresTimestamps() {
		this.context.run((started) -> {
			Clock clock = started.getBean(Clock.class);
			for (int i = 0; i < 1_000; i++) {
				assertThat(clock.instant().getNano() % 1_000).isZero();
			}
			assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
		});
	}

	@Test
	void shouldLeaveAServiceItsOwnClock() {
		this.context.withUserConfiguration(FixedClock.class)
			.run((started) -> assertThat(started.getBean(Clock.class).instant()).isEqualTo(FIXED));
	}

	@Configuration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock fixedClock() {
			return Clock.fixed(FIXED, ZoneOffset.UTC);
		}

	}

}
