package dev.foodmesh.restaurant;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ManagementPort;
import dev.foodmesh.infra.ServiceDocs;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.BlockHoundCanary;
import dev.foodmesh.testsupport.RunningServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on real Postgres with the demo data, BlockHound watching every event
 * loop.
 */
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestInfrastructure.RestaurantService.class)
class RestaurantServiceIT extends RunningServiceTest implements BlockHoundCanary {

	private static final String ROMA = "/restaurants/22222222-2222-4222-8222-222222222221";

	private static final String CLOSED_KITCHEN = "/restaurants/22222222-2222-4222-8222-222222222224";

	private static final String MARGHERITA = "33333333-3333-4333-8333-333333333311";

	private static final String DIAVOLA = "33333333-3333-4333-8333-333333333312";

	private static final String TIRAMISU = "33333333-3333-4333-8333-333333333313";

	private static final String SALMON_NIGIRI = "33333333-3333-4333-8333-333333333321";

	@Autowired
	private DatabaseClient database;

	@Test
	void shouldQuoteDemoItems() {
		quote(ROMA, item(MARGHERITA, 2), item(DIAVOLA, 1)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.restaurantCity")
			.isEqualTo("Berlin")
			.jsonPath("$.lines[0].name")
			.isEqualTo("Margherita")
			.jsonPath("$.lines[0].lineTotal.amount")
			.isEqualTo(1900)
			.jsonPath("$.lines[1].unitPrice.amount")
			.isEqualTo(1150)
			.jsonPath("$.total.amount")
			.isEqualTo(3050)
			.jsonPath("$.total.currency")
			.isEqualTo("EUR");
	}

	@Test
	void shouldNameTheItemOrRestaurantThatCannotBeOrdered() {
		expectProblem(quote(ROMA, item(TIRAMISU, 1)), 422, "menu-item-unavailable").jsonPath("$.menuItemId")
			.isEqualTo(TIRAMISU)
			.jsonPath("$.cause")
			.isEqualTo("MENU_ITEM_UNAVAILABLE");
		expectProblem(quote(ROMA, item(SALMON_NIGIRI, 1)), 422, "unknown-menu-item").jsonPath("$.menuItemId")
			.isEqualTo(SALMON_NIGIRI)
			.jsonPath("$.cause")
			.isEqualTo("UNKNOWN_MENU_ITEM");
		expectProblem(quote(CLOSED_KITCHEN, item("33333333-3333-4333-8333-333333333341", 1)), 422, "restaurant-closed")
			.jsonPath("$.cause")
			.isEqualTo("RESTAURANT_CLOSED");
		expectProblem(quote("/restaurants/" + UUID.randomUUID(), item(MARGHERITA, 1)), 404, "restaurant-not-found");
	}

	@Test
	void shouldListRestaurantsByCityAndServeMenus() {
		http.get()
			.uri("/restaurants?city=berlin&size=10")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.items[0].name")
			.isEqualTo("Closed Kitchen")
			.jsonPath("$.items[0].open")
			.isEqualTo(false);
		http.get()
			.uri(ROMA + "/menu")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(3)
			.jsonPath("$.items[?(@.name == 'Tiramisu')].available")
			.isEqualTo(false);
	}

	@Test
	void shouldOpenARestaurantBuildItsMenuAndQuoteIt() {
		String restaurant = created("POST", "/restaurants",
				"{\"name\":\"Test Trattoria\",\"city\":\"Cologne\"," + "\"currency\":\"EUR\",\"open\":false}");
		String pasta = created("POST", restaurant + "/menu",
				"{\"name\":\"Pasta\",\"price\":{\"amount\":990,\"currency\":\"EUR\"}}");
		String pastaId = pasta.substring(pasta.lastIndexOf('/') + 1);
		expectProblem(quote(restaurant, item(pastaId, 1)), 422, "restaurant-closed");

		send(HttpMethod.PATCH, restaurant, "{\"open\":true,\"name\":\"Trattoria\"}").expectStatus().isOk();
		send(HttpMethod.PATCH, pasta, "{\"price\":{\"amount\":1090,\"currency\":\"EUR\"}}").expectStatus().isOk();

		quote(restaurant, item(pastaId, 3)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total.amount")
			.isEqualTo(3270);
		http.get().uri(restaurant).exchange().expectBody().jsonPath("$.name").isEqualTo("Trattoria");
		http.get().uri(pasta).exchange().expectBody().jsonPath("$.price.amount").isEqualTo(1090);
	}

	@Test
	void shouldWriteNothingForRejectedChanges() {
		String restaurant = created("POST", "/restaurants",
				"{\"name\":\"Empty\",\"city\":\"Bonn\",\"currency\":\"EUR\"}");

		expectProblem(
				send(HttpMethod.POST, restaurant + "/menu",
						"{\"name\":\"Burger\",\"price\":{\"amount\":990,\"currency\":\"USD\"}}"),
				422, "currency-mismatch");
		expectProblem(send(HttpMethod.POST, restaurant + "/menu", "{\"name\":\"Burger\",\"price\":{\"amount\":\"x\"}}"),
				400, "invalid-field-type");
		expectProblem(send(HttpMethod.PATCH, restaurant, "{\"open\":\"no\",\"name\":\"Renamed\"}"), 400,
				"invalid-field-type");
		expectProblem(
				send(HttpMethod.POST, "/restaurants", "{\"name\":\"Nowhere\",\"city\":\"\",\"currency\":\"EUR\"}"), 400,
				"validation-failed");

		assertThat(count("SELECT count(*) FROM menu_items WHERE restaurant_id = '" + idOf(restaurant) + "'")).isZero();
		assertThat(count("SELECT count(*) FROM restaurants WHERE name IN ('Renamed', 'Nowhere')")).isZero();
	}

	@Test
	void shouldDocumentItselfOnTheManagementPort() {
		ServiceDocs.verify("restaurant-service", managementPort);
	}

	@Test
	void shouldServeOperationsEndpoints() {
		assertThat(ManagementPort.probesUpThenScrape(managementPort)).contains("http_server_requests");
	}

	private WebTestClient.ResponseSpec quote(String restaurant, String... items) {
		return send(HttpMethod.POST, restaurant + "/quote", "{\"items\":[" + String.join(",", items) + "]}");
	}

	private String created(String method, String uri, String json) {
		return send(HttpMethod.valueOf(method), uri, json).expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	private WebTestClient.ResponseSpec send(HttpMethod method, String uri, String json) {
		return http.method(method).uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

	private static String item(String menuItemId, int quantity) {
		return "{\"menuItemId\":\"" + menuItemId + "\",\"quantity\":" + quantity + "}";
	}

	private static String idOf(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
