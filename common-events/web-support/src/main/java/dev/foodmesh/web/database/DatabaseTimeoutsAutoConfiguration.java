package dev.foodmesh.web.database;

import java.util.Map;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;

import static io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider.LOCK_WAIT_TIMEOUT;
import static io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider.OPTIONS;
import static io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider.STATEMENT_TIMEOUT;
import static io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider.TCP_KEEPALIVE;

/**
 * Puts {@link DatabaseTimeoutsProperties} on every connection of a service's R2DBC
 * connection factory (the pool, and the relay's dedicated connection, which come from the
 * same options). The server parameters are sent when the connection starts;
 * {@code idle_in_transaction_session_timeout} travels in the driver's {@code options}
 * map, which therefore replaces an {@code options} given in the R2DBC URL.
 */
@AutoConfiguration(before = R2dbcAutoConfiguration.class)
@ConditionalOnClass({ ConnectionFactoryOptionsBuilderCustomizer.class, PostgresqlConnectionFactoryProvider.class })
@EnableConfigurationProperties(DatabaseTimeoutsProperties.class)
public class DatabaseTimeoutsAutoConfiguration {

	@Bean
	ConnectionFactoryOptionsBuilderCustomizer foodMeshDatabaseTimeouts(DatabaseTimeoutsProperties timeouts) {
		Map<String, String> serverParameters = Map.of("idle_in_transaction_session_timeout",
				Long.toString(timeouts.idleInTransactionTimeout().toMillis()));
		return (options) -> options.option(STATEMENT_TIMEOUT, timeouts.statementTimeout())
			.option(LOCK_WAIT_TIMEOUT, timeouts.lockTimeout())
			.option(TCP_KEEPALIVE, timeouts.tcpKeepAlive())
			.option(OPTIONS, serverParameters);
	}

}
