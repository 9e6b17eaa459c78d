package dev.foodmesh.order.lookup;

import java.time.Duration;
import java.util.List;

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
 * 200 priced lines, 404 unknown restaurant, 422 a problem whose type names the cause (and
 * {@code menuItemId}).
 */
public final class HttpRestaurants implements Restaurants {

	static final String DEPENDENCY = "restaurant-service";

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
			return response.bodyToMono(QuoteMessages.QuoteProblem.class).flatMap(HttpRestaurants::refusal);
		}
		return LookupFailures.unexpected(DEPENDENCY, response);
	}

	private static Mono<RestaurantQuote> refusal(QuoteMessages.QuoteProblem problem) {
		return problem.cause()
			.<RestaurantQuote>map((cause) -> new RestaurantQuote.Refused(cause, problem.menuItem()))
			.map(Mono::just)
			.orElseGet(() -> Mono.error(new IllegalStateException("unknown quote problem " + problem.type())));
	}

}
