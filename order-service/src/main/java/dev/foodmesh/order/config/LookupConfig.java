package dev.foodmesh.order.config;

import java.net.URI;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.server.resource.web.reactive.function.client.ServerBearerExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import dev.foodmesh.order.application.Restaurants;
import dev.foodmesh.order.application.Users;
import dev.foodmesh.order.lookup.HttpRestaurants;
import dev.foodmesh.order.lookup.HttpUsers;

/**
 * The WebClients of the two lookups: Boot's builder (codecs, observation), pooled
 * keep-alive connections, connect and response timeouts from
 * {@link OrderProperties.Lookups}, and no retry filter. Each lookup relays the caller's
 * bearer token, so it runs with the customer's own rights (docs/security.md,
 * "order-service's own lookups").
 */
@Configuration(proxyBeanMethods = false)
class LookupConfig {

	@Bean
	Users users(WebClient.Builder builder, OrderProperties properties) {
		return new HttpUsers(client(builder, "user-service", properties.userServiceUrl(), properties.lookups()),
				properties.lookups().total());
	}

	@Bean
	Restaurants restaurants(WebClient.Builder builder, OrderProperties properties) {
		return new HttpRestaurants(
				client(builder, "restaurant-service", properties.restaurantServiceUrl(), properties.lookups()),
				properties.lookups().total());
	}

	private static WebClient client(WebClient.Builder builder, String name, URI baseUrl,
			OrderProperties.Lookups lookups) {
		ConnectionProvider pool = ConnectionProvider.builder(name)
			.maxConnections(lookups.maxConnections())
			.pendingAcquireTimeout(lookups.pendingAcquireTimeout())
			.build();
		HttpClient http = HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) lookups.connectTimeout().toMillis())
			.responseTimeout(lookups.responseTimeout());
		return builder.clone()
			.baseUrl(baseUrl.toString())
			.clientConnector(new ReactorClientHttpConnector(http))
			.filter(new ServerBearerExchangeFilterFunction())
			.build();
	}

}
