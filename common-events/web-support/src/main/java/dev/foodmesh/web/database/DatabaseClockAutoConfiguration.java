package dev.foodmesh.web.database;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Every service's {@link Clock}: UTC, ticking in whole microseconds, because Postgres
 * stores timestamps in microseconds. An instant a service publishes in an event or
 * answers over HTTP then equals the one it stored and reads back. A service (or a test)
 * that declares its own {@code Clock} keeps it.
 */
@AutoConfiguration
public class DatabaseClockAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
