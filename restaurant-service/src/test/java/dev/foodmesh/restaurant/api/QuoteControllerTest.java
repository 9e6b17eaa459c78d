package dev.foodmesh.restaurant.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.restaurant.application.QuoteItems;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.Quote;
import dev.foodmesh.restaurant.domain.QuoteRejection;
import dev.foodmesh.restaurant.domain.QuoteResult;
import dev.foodmesh.restaurant.domain.RestaurantId;
import dev.foodmesh.web.contract.QuoteRefusalCause;
import dev.foodmesh.testsupport.TokenClients;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

// generous: the first request of a cold context on a busy 2-core machine can take several seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(controllers = QuoteController.class, properties = DevIssuer.JWKS_PROPERTY)
@Import(RestaurantAccessRules.class)
class QuoteControllerTest {

	private static final UUID ROMA = UUID.fromString("22222222-2222-4222-8222-222222222221");

	private static final UUID MARGHERITA = UUID.fromString("33333333-3333-4333-8333-333333333311");

	private static final String URI = "/restaurants/" + ROMA + "/quote";

	/** The slugs are for people and stay as they were; order-service reads the cause. */
	private static final Map<QuoteRefusalCause, String> SLUGS = Map.of(QuoteRefusalCause.RESTAURANT_CLOSED,
			"restaurant-closed", QuoteRefusalCause.UNKNOWN_MENU_ITEM, "unknown-menu-item",
			QuoteRefusalCause.MENU_ITEM_UNAVAILABLE, "menu-item-unavailable");

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void authenticate() {
		client = TokenClients.sending(client, DevIssuer.customer("11111111-1111-4111-8111-111111111111"));
	}

	@MockitoBean
	private QuoteItems quoteItems;

	@Test
	void shouldAnswerTheQuoteContract() {
		var line = new Quote.QuoteLine(new MenuItemId(MARGHERITA), "Margherita", 2, new Money(950, "EUR"),
				new Money(1900, "EUR"));
		var quote = new Quote(new RestaurantId(ROMA), "Berlin", List.of(line), new Money(1900, "EUR"));
		given(quoteItems.quote(any())).willReturn(Mono.just(new QuoteResult.Priced(quote)));

		quote(items(item(MARGHERITA, "2"))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.restaurantId")
			.isEqualTo(ROMA.toString())
			.jsonPath("$.restaurantCity")
			.isEqualTo("Berlin")
			.jsonPath("$.lines[0].menuItemId")
			.isEqualTo(MARGHERITA.toString())
			.jsonPath("$.lines[0].unitPrice.amount")
			.isEqualTo(950)
			.jsonPath("$.lines[0].lineTotal.currency")
			.isEqualTo("EUR")
			.jsonPath("$.total.amount")
			.isEqualTo(1900);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(QuoteRefusalCause.class)
	void shouldNameEveryRefusalsCauseInTheSharedContractMember(QuoteRefusalCause cause) {
		given(quoteItems.quote(any())).willReturn(Mono.just(new QuoteResult.Rejected(rejection(cause))));

		String idMember = (cause == QuoteRefusalCause.RESTAURANT_CLOSED) ? "restaurantId" : "menuItemId";
		String id = (cause == QuoteRefusalCause.RESTAURANT_CLOSED) ? ROMA.toString() : MARGHERITA.toString();
		expectProblem(quote(items(item(MARGHERITA, "1"))), 422, SLUGS.get(cause))
			.jsonPath("$." + QuoteRefusalCause.MEMBER)
			.isEqualTo(cause.name())
			.jsonPath("$." + idMember)
			.isEqualTo(id);
	}

	private static QuoteRejection rejection(QuoteRefusalCause cause) {
		return switch (cause) {
			case RESTAURANT_CLOSED -> new QuoteRejection.RestaurantClosed(new RestaurantId(ROMA));
			case UNKNOWN_MENU_ITEM -> new QuoteRejection.UnknownMenuItem(new MenuItemId(MARGHERITA));
			case MENU_ITEM_UNAVAILABLE -> new QuoteRejection.MenuItemUnavailable(new MenuItemId(MARGHERITA));
		};
	}

	@Test
	void shouldAnswerAnUnknownRestaurantWith404() {
		given(quoteItems.quote(any())).willReturn(Mono.empty());

		expectProblem(quote(items(item(MARGHERITA, "1"))), 404, "restaurant-not-found");
	}

	@Test
	void shouldRejectQuantitiesOutOfRange() {
		expectProblem(quote(items(item(MARGHERITA, "0"), item(UUID.randomUUID(), "51"))), 400, "validation-failed")
			.jsonPath("$.errors[?(@.field == 'items[0].quantity')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'items[1].quantity')]")
			.exists();
		verifyNoInteractions(quoteItems);
	}

	@Test
	void shouldRejectAnEmptyOrOversizedItemList() {
		expectProblem(quote(items()), 400, "validation-failed").jsonPath("$.errors[0].field").isEqualTo("items");
		String fiftyOne = IntStream.range(0, 51)
			.mapToObj(i -> item(UUID.randomUUID(), "1"))
			.collect(Collectors.joining(","));
		expectProblem(quote("{\"items\":[" + fiftyOne + "]}"), 400, "validation-failed");
	}

	@Test
	void shouldRefuseDuplicateMenuItems() {
		expectProblem(quote(items(item(MARGHERITA, "1"), item(MARGHERITA, "2"))), 400, "validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("items");
	}

	@Test
	void shouldRejectMissingFields() {
		expectProblem(quote("{}"), 400, "validation-failed").jsonPath("$.errors[0].field").isEqualTo("items");
		expectProblem(quote("{\"items\":[{\"quantity\":1}]}"), 400, "validation-failed").jsonPath("$.errors[0].field")
			.isEqualTo("items[0].menuItemId");
	}

	@Test
	void shouldRejectWrongTypes() {
		expectProblem(quote(items(item(MARGHERITA, "\"two\""))), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("items[0].quantity");
		expectProblem(quote("{\"items\":[{\"menuItemId\":\"pizza\",\"quantity\":1}]}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("items[0].menuItemId");
		expectProblem(quote("{\"items\":{}}"), 400, "invalid-field-type");
	}

	@Test
	void shouldRejectMalformedMissingAndOversizeBodies() {
		expectProblem(quote("{\"items\":["), 400, "malformed-json");
		expectProblem(quote(""), 400, "missing-body");
		expectProblem(quote("{\"items\":[], \"pad\":\"" + "x".repeat(70_000) + "\"}"), 413, "content-too-large");
	}

	@Test
	void shouldRejectARestaurantIdThatIsNotAUuid() {
		expectProblem(client.post()
			.uri("/restaurants/roma/quote")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(items(item(MARGHERITA, "1")))
			.exchange(), 400, "invalid-parameter");
	}

	@Test
	void shouldRejectABodyThatIsNotJson() {
		expectProblem(client.post().uri(URI).contentType(MediaType.TEXT_PLAIN).bodyValue("2 pizzas").exchange(), 415,
				"unsupported-media-type");
	}

	private WebTestClient.ResponseSpec quote(String json) {
		return client.post().uri(URI).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private static String items(String... items) {
		return "{\"items\":[" + String.join(",", items) + "]}";
	}

	private static String item(UUID menuItemId, String quantity) {
		return "{\"menuItemId\":\"" + menuItemId + "\",\"quantity\":" + quantity + "}";
	}

}
