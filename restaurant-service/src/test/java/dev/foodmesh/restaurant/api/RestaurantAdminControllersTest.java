package dev.foodmesh.restaurant.api;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.restaurant.application.AddMenuItem;
import dev.foodmesh.restaurant.application.ChangeMenuItem;
import dev.foodmesh.restaurant.application.ChangeRestaurant;
import dev.foodmesh.restaurant.application.MenuItemResult;
import dev.foodmesh.restaurant.application.RegisterRestaurant;
import dev.foodmesh.restaurant.application.RestaurantQueries;
import dev.foodmesh.restaurant.domain.MenuItemRejection;
import dev.foodmesh.testsupport.TokenClients;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

// generous: the first request of a cold context on a busy 2-core machine can take several seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(controllers = { RestaurantController.class, MenuController.class }, properties = DevIssuer.JWKS_PROPERTY)
@Import(RestaurantAccessRules.class)
class RestaurantAdminControllersTest {

	private static final String ROMA = "/restaurants/22222222-2222-4222-8222-222222222221";

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void authenticate() {
		client = TokenClients.sending(client, DevIssuer.operator());
	}

	@MockitoBean
	private RestaurantQueries queries;

	@MockitoBean
	private RegisterRestaurant registerRestaurant;

	@MockitoBean
	private ChangeRestaurant changeRestaurant;

	@MockitoBean
	private AddMenuItem addMenuItem;

	@MockitoBean
	private ChangeMenuItem changeMenuItem;

	@Test
	void shouldRejectARestaurantWithoutNameOrWithAnUnknownCurrency() {
		expectProblem(send("POST", "/restaurants", "{\"name\":\" \",\"city\":\"Berlin\",\"currency\":\"XYZ\"}"), 400,
				"validation-failed")
			.jsonPath("$.errors[?(@.field == 'name')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'currency')].message")
			.isEqualTo("must be an ISO-4217 currency code such as EUR");
		verifyNoInteractions(registerRestaurant);
	}

	@Test
	void shouldRejectAnOpenFlagThatIsNotABoolean() {
		expectProblem(send("PATCH", ROMA, "{\"open\":\"maybe\"}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("open");
	}

	@Test
	void shouldRejectABlankNewName() {
		expectProblem(send("PATCH", ROMA, "{\"name\":\"   \"}"), 400, "validation-failed");
	}

	@Test
	void shouldAnswerAnUnknownRestaurantWith404() {
		given(changeRestaurant.change(any())).willReturn(Mono.empty());
		given(queries.restaurant(any())).willReturn(Mono.empty());
		given(queries.menu(any())).willReturn(Mono.empty());

		expectProblem(send("PATCH", ROMA, "{\"open\":false}"), 404, "restaurant-not-found");
		expectProblem(client.get().uri(ROMA).exchange(), 404, "restaurant-not-found");
		expectProblem(client.get().uri(ROMA + "/menu").exchange(), 404, "restaurant-not-found");
	}

	@Test
	void shouldRejectInvalidListParameters() {
		expectProblem(client.get().uri("/restaurants?page=-1").exchange(), 400, "invalid-parameter");
		expectProblem(client.get().uri("/restaurants?city=" + "b".repeat(101)).exchange(), 400, "validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("city");
	}

	@Test
	void shouldRejectANegativeOrMissingPrice() {
		expectProblem(
				send("POST", ROMA + "/menu", "{\"name\":\"Pasta\",\"price\":{\"amount\":-1,\"currency\":\"EUR\"}}"),
				400, "validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("price.amount");
		expectProblem(send("POST", ROMA + "/menu", "{\"name\":\"Pasta\"}"), 400, "validation-failed")
			.jsonPath("$.errors[0].field")
			.isEqualTo("price");
		verifyNoInteractions(addMenuItem);
	}

	@Test
	void shouldRefuseAPriceInAnotherCurrency() {
		given(addMenuItem.add(any()))
			.willReturn(Mono.just(new MenuItemResult.Rejected(new MenuItemRejection.CurrencyMismatch("EUR", "USD"))));

		expectProblem(
				send("POST", ROMA + "/menu", "{\"name\":\"Pasta\",\"price\":{\"amount\":990,\"currency\":\"USD\"}}"),
				422, "currency-mismatch");
	}

	@Test
	void shouldRejectAMenuItemIdThatIsNotAUuid() {
		expectProblem(send("PATCH", ROMA + "/menu/tiramisu", "{\"available\":true}"), 400, "invalid-parameter")
			.jsonPath("$.errors[0].field")
			.isEqualTo("itemId");
	}

	@Test
	void shouldAnswerAnUnknownMenuItemWith404() {
		given(changeMenuItem.change(any())).willReturn(Mono.empty());

		expectProblem(send("PATCH", ROMA + "/menu/" + UUID.randomUUID(), "{\"available\":true}"), 404,
				"menu-item-not-found");
	}

	@Test
	void shouldKeepRestaurantAndMenuWritesToOperators() {
		client = TokenClients.sending(client, DevIssuer.customer(UUID.randomUUID()));

		expectProblem(send("POST", "/restaurants", "{\"name\":\"Eve's\",\"city\":\"Berlin\",\"currency\":\"EUR\"}"),
				403, "forbidden");
		expectProblem(send("PATCH", ROMA, "{\"open\":false}"), 403, "forbidden");
		expectProblem(send("POST", ROMA + "/menu", "{\"name\":\"Pasta\"}"), 403, "forbidden");
		expectProblem(send("PATCH", ROMA + "/menu/" + UUID.randomUUID(), "{\"available\":true}"), 403, "forbidden");
		verifyNoInteractions(registerRestaurant, changeRestaurant, addMenuItem, changeMenuItem);
	}

	@Test
	void shouldRefuseReadsWithoutAToken() {
		client = client.mutate().defaultHeaders((headers) -> headers.remove(HttpHeaders.AUTHORIZATION)).build();

		expectProblem(client.get().uri("/restaurants").exchange(), 401, "unauthorized");
		expectProblem(client.get().uri(ROMA + "/menu").exchange(), 401, "unauthorized");
		verifyNoInteractions(queries);
	}

	private WebTestClient.ResponseSpec send(String method, String uri, String json) {
		return client.method(HttpMethod.valueOf(method))
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
