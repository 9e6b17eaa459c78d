package dev.foodmesh.order.config;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;

import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.order.application.OrderChanges;
import dev.foodmesh.order.persistence.PostgresOrderChanges;

/**
 * The shared {@code LISTEN order_status} connection behind the SSE status stream. It is
 * opened outside the R2DBC pool: a pooled connection would keep its LISTEN after being
 * handed back.
 */
@Configuration(proxyBeanMethods = false)
class StatusStreamConfig {

	@Bean
	OrderChanges orderChanges(R2dbcProperties r2dbc, OrderProperties properties) {
		return new PostgresOrderChanges(listenerConnections(r2dbc), properties.statusStream().reconnectBackoff(),
				properties.statusStream().listenerGracePeriod());
	}

	private static ConnectionFactory listenerConnections(R2dbcProperties r2dbc) {
		ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(r2dbc.getUrl()).mutate();
		if (r2dbc.getUsername() != null) {
			options.option(ConnectionFactoryOptions.USER, r2dbc.getUsername());
		}
		if (r2dbc.getPassword() != null) {
			options.option(ConnectionFactoryOptions.PASSWORD, r2dbc.getPassword());
		}
		return ConnectionFactories.get(options.build());
	}

}
