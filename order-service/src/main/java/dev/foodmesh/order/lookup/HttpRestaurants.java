package dev.foodmesh.order.lookup;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import dev.foodmesh.order.application.Restaurants;
import dev.foodmesh.order.domain.PlacementRejection.Cause;
import dev.foodmesh.order.domain.RestaurantId;
import dev.foodmesh.order.domain.RestaurantQuote;

/**
 * {@link Restaurants} over {@code POST /restaurants/{id}/quote} of restaurant-service:
 * 200 priced lines, 404 unknown restaurant, 422 a problem whose {@code cause} member
 * ({@link dev.foodmesh.web.contract.QuoteRefusalCause}) says why (and {@code menuItemId}
 * which item).
 */
public final class HttpRestaurants implements Restaurants {

	static final String DEPENDENCY = "restaurant-service";

	private static final Logger logger = LoggerFactory.getLogger(HttpRestaurants.class);

	private final WebClient client;

	private final Duration timeout;

	/**
	 * @param client a client with the base URL, pooled connections and the connect and
	 * response timeouts
	 * @param timeout the longest the whole call may take
	 */
	public HttpRestaurants(WebClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	@Override
	public Mono<RestaurantQuote> quote(RestaurantId restaurant, List<Item> items) {
		return this.client.post()
			.uri("/restaurants/{id}/quote", restaurant.value())
			.bodyValue(QuoteMessages.QuoteRequest.of(items))
			.exchangeToMono(HttpRestaurants::quote)
			.timeout(this.timeout)
			.onErrorMap((error) -> LookupFailures.unavailable(DEPENDENCY, error))
			.checkpoint("POST restaurant-service /restaurants/{id}/quote");
	}

	private static Mono<RestaurantQuote> quote(ClientResponse response) {
		if (response.statusCode().isSameCodeAs(HttpStatus.OK)) {
			return response.bodyToMono(QuoteMessages.QuoteResponse.class).map(QuoteMessages.QuoteResponse::toQuote);
		}
		if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return response.releaseBody().thenReturn(new RestaurantQuote.Refused(Cause.UNKNOWN_RESTAURANT, null));
		}
		if (response.statusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_CONTENT)) {
			return response.bodyToMono(QuoteMessages.QuoteProblem.class)
				.defaultIfEmpty(QuoteMessages.QuoteProblem.WITHOUT_BODY)
				.map(HttpRestaurants::refusal);
		}
		return LookupFailures.unexpected(DEPENDENCY, response);
	}

	/**
	 * A cause this version does not know (a newer restaurant-service) or none at all
	 * still refuses the order: the restaurant said no, and asking again would not change
	 * that.
	 */
	private static RestaurantQuote refusal(QuoteMessages.QuoteProblem problem) {
		if (problem.knownCause().isEmpty()) {
			logger.warn("restaurant-service refused a quote with cause {}, which order-service does not know; "
					+ "the order is refused as {}", problem.cause(), Cause.RESTAURANT_REFUSED);
		}
		return problem.toRefusal();
	}

}
