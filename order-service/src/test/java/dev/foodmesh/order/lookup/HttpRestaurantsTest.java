package dev.foodmesh.order.lookup;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.reactive.function.client.WebClient;

import dev.foodmesh.order.application.Restaurants;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.PlacementRejection.Cause;
import dev.foodmesh.order.domain.RestaurantId;
import dev.foodmesh.order.domain.RestaurantQuote;
import dev.foodmesh.web.contract.QuoteRefusalCause;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * restaurant-service's 422 refusal as order-service reads it: by the shared {@code cause}
 * member, never by the problem's {@code type}.
 */
class HttpRestaurantsTest {

	private static final UUID ITEM = UUID.fromString("33333333-3333-4333-8333-333333333313");

	private final MockWebServer server = new MockWebServer();

	private HttpRestaurants restaurants;

	@BeforeEach
	void start() throws IOException {
		this.server.start();
		this.restaurants = new HttpRestaurants(WebClient.create(this.server.url("/").toString()),
				Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(QuoteRefusalCause.class)
	void shouldRefuseWithTheCauseTheContractMemberNames(QuoteRefusalCause cause) {
		// a type that names no cause: only the member may decide
		refuseWith("""
				{"type":"https://foodmesh.dev/problems/renamed","title":"t","status":422,"detail":"d",
				 "cause":"%s","menuItemId":"%s"}""".formatted(cause.name(), ITEM));

		assertThat(quote()).isEqualTo(new RestaurantQuote.Refused(Cause.valueOf(cause.name()), new MenuItemId(ITEM)));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { """
			{"type":"https://foodmesh.dev/problems/kitchen-on-fire","status":422,"cause":"KITCHEN_ON_FIRE"}""", """
			{"type":"https://foodmesh.dev/problems/restaurant-closed","status":422}""", """
			{"type":"https://foodmesh.dev/problems/restaurant-closed","status":422,"cause":null}""" })
	void shouldRefuseAsRestaurantRefusedWhenTheCauseIsUnknownOrMissing(String problem) {
		refuseWith(problem);

		assertThat(quote()).isEqualTo(new RestaurantQuote.Refused(Cause.RESTAURANT_REFUSED, null));
	}

	@Test
	void shouldRefuseAsRestaurantRefusedWhenTheRefusalHasNoBody() {
		this.server.enqueue(new MockResponse.Builder().code(422).build());

		assertThat(quote()).isEqualTo(new RestaurantQuote.Refused(Cause.RESTAURANT_REFUSED, null));
	}

	private void refuseWith(String problem) {
		this.server.enqueue(new MockResponse.Builder().code(422)
			.addHeader("Content-Type", "application/problem+json")
			.body(problem)
			.build());
	}

	private RestaurantQuote quote() {
		return this.restaurants
			.quote(new RestaurantId(UUID.randomUUID()), List.of(new Restaurants.Item(new MenuItemId(ITEM), 1)))
			.block(Duration.ofSeconds(10));
	}

}
