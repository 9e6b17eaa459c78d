package dev.foodmesh.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.FoodMesh;
import dev.foodmesh.e2e.support.Http;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderRequest.Line;
import dev.foodmesh.e2e.support.OrderRequest;
import dev.foodmesh.e2e.support.Tokens;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.e2e.support.DemoData.ALICE;
import static dev.foodmesh.e2e.support.DemoData.BOB;
import static dev.foodmesh.e2e.support.DemoData.CAROL;
import static dev.foodmesh.e2e.support.DemoData.CLOSED_KITCHEN_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.MALLORY_SUSPENDED;
import static dev.foodmesh.e2e.support.DemoData.MARGHERITA;
import static dev.foodmesh.e2e.support.DemoData.PIZZERIA_ROMA_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.SALMON_NIGIRI;
import static dev.foodmesh.e2e.support.DemoData.SOUP_OF_CLOSED_KITCHEN;
import static dev.foodmesh.e2e.support.DemoData.TIRAMISU_UNAVAILABLE;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static dev.foodmesh.infra.FoodMeshService.PAYMENT;
import static dev.foodmesh.infra.FoodMeshService.RESTAURANT;
import static dev.foodmesh.infra.FoodMeshService.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Journey 8: every kind of bad input, on every service, is answered with a 4xx
 * {@code application/problem+json} that names the problem (never a 500), and none of it
 * writes anything.
 */
@JourneyTest
@Order(5)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputJourneyIT extends Journey {

	private static final String PROBLEM_TYPES = "https://foodmesh.dev/problems/";

	private final UUID unknownUser = UUID.randomUUID();

	private UUID deliveredOrder;

	private String completedDelivery;

	private Map<UUID, Long> ordersBefore;

	private long usersBefore;

	private long restaurantsBefore;

	private JsonNode romaBefore;

	private JsonNode romasMenuBefore;

	BadInputJourneyIT(Fleet fleet) {
		super(fleet);
	}

	/**
	 * A delivered order (for the moves that come too late) and the counts that bad input
	 * must not change.
	 */
	@BeforeAll
	void deliverAnOrderAndCountWhatExists() {
		this.deliveredOrder = this.foodMesh.placeOrder(pizzaInBerlin().by(BOB));
		this.foodMesh.awaitStatus(this.deliveredOrder, DELIVERED);
		this.completedDelivery = Json.text(this.foodMesh.deliveries(this.deliveredOrder).get(0), "id");
		this.ordersBefore = orderCounts();
		this.usersBefore = userCount();
		this.restaurantsBefore = restaurantCount();
		this.romaBefore = roma("");
		this.romasMenuBefore = roma("/menu");
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> shouldAnswerEveryKindOfBadInputWithAProblemThatNamesIt() {
		List<BadInput> cases = cases();
		assertThat(cases.stream().map(BadInput::kind).distinct()).as("kinds of bad input")
			.hasSizeGreaterThanOrEqualTo(15);
		assertThat(cases.stream().map(BadInput::service).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(FoodMeshService.values());
		return cases.stream()
			.map((bad) -> dynamicTest(bad.service().serviceName() + ": " + bad.kind(), () -> assertProblem(bad)));
	}

	/**
	 * A NUL in the {@code Idempotency-Key}, which no HTTP client sends, so the request is
	 * written by hand. Reactor Netty's request decoder refuses the header itself, before
	 * any FoodMesh code, with a bare 400 (no problem body); the shared filter that would
	 * answer a problem naming the header is the second line. Never a 500.
	 */
	@Test
	@Order(1)
	void shouldRefuseANulCharacterInTheIdempotencyKey() throws IOException {
		URI orders = orders("");
		byte[] body = Json.write(alices().toJson()).getBytes(StandardCharsets.UTF_8);
		String head = "POST " + orders.getRawPath() + " HTTP/1.1\r\nHost: " + orders.getHost() + ":" + orders.getPort()
				+ "\r\nIdempotency-Key: key\u0000" + UUID.randomUUID() + "\r\nContent-Type: application/json"
				+ "\r\nAccept: application/json, application/problem+json\r\nContent-Length: " + body.length
				+ "\r\n\r\n";

		String statusLine = statusLine(orders, head.getBytes(StandardCharsets.UTF_8), body);

		assertThat(statusLine).as("the answer to a NUL in Idempotency-Key").startsWith("HTTP/1.1 400 ");
	}

	@Test
	@Order(2)
	void shouldHaveWrittenNothingForBadInput() {
		assertThat(orderCounts()).isEqualTo(this.ordersBefore);
		assertThat(userCount()).isEqualTo(this.usersBefore);
		assertThat(restaurantCount()).isEqualTo(this.restaurantsBefore);
		assertThat(roma("")).isEqualTo(this.romaBefore);
		assertThat(roma("/menu")).isEqualTo(this.romasMenuBefore);
		assertThat(this.foodMesh.order(this.deliveredOrder).status()).isEqualTo(DELIVERED);
		assertThat(Json.text(this.foodMesh.deliveries(this.deliveredOrder).get(0), "status")).isEqualTo("COMPLETED");
		HttpResult mallory = Http.get(this.fleet.api(USER, "/users/" + MALLORY_SUSPENDED)).send();
		assertThat(Json.text(mallory.json(), "status")).as("%s", mallory).isEqualTo("SUSPENDED");
	}

	private static void assertProblem(BadInput bad) {
		HttpResult answer = bad.call().get();

		assertThat(answer.status()).as("%s", answer).isIn(bad.statuses());
		assertThat(answer.mediaType()).as("%s", answer).isEqualTo("application/problem+json");
		JsonNode problem = answer.json();
		assertThat(problem.path("status").asString()).as("the problem's status member: %s", answer)
			.isEqualTo(Integer.toString(answer.status()));
		assertThat(Json.text(problem, "type")).as("%s", answer).startsWith(PROBLEM_TYPES);
		assertThat(Json.text(problem, "title")).as("%s", answer).isNotBlank();
		assertThat(Json.text(problem, "detail")).as("%s", answer).isNotBlank();
		String naming = Json.text(problem, "type") + " " + Json.text(problem, "title") + " "
				+ Json.text(problem, "detail") + " " + problem.path("errors");
		assertThat(naming).as("the problem names '%s': %s", bad.names(), answer).containsIgnoringCase(bad.names());
	}

	private List<BadInput> cases() {
		List<BadInput> cases = new ArrayList<>();
		cases.addAll(orderPlacementCases());
		cases.addAll(orderQueryCases());
		cases.addAll(otherServiceCases());
		cases.addAll(unstorableTextCases());
		return cases;
	}

	private List<BadInput> orderPlacementCases() {
		ObjectNode wrongType = alices().toJson();
		((ObjectNode) wrongType.get("items").get(0)).put("quantity", "two");
		ObjectNode missingRestaurant = alices().toJson();
		missingRestaurant.remove("restaurantId");
		List<Line> tooMany = IntStream.range(0, 101).mapToObj((i) -> new Line(MARGHERITA, 1)).toList();
		return List.of(
				new BadInput(ORDER, "malformed JSON", () -> placeRaw("{\"userId\": \"1111"), 400, "malformed-json"),
				new BadInput(ORDER, "wrong type", () -> placeRaw(Json.write(wrongType)), 400, "items[0].quantity"),
				new BadInput(
						ORDER, "missing field", () -> placeRaw(Json.write(missingRestaurant)), 400, "restaurantId"),
				new BadInput(ORDER, "missing body", () -> placeRaw(""), 400, "body"),
				new BadInput(ORDER, "out-of-range quantity", () -> place(alices().withItems(new Line(MARGHERITA, 0))),
						400, "items[0].quantity"),
				new BadInput(ORDER, "no items", () -> place(alices().withItems(List.of())), 400, "items"),
				new BadInput(ORDER, "too many items", () -> place(alices().withItems(tooMany)), 400, "items"),
				new BadInput(ORDER, "the same menu item twice",
						() -> place(alices().withItems(new Line(MARGHERITA, 1), new Line(MARGHERITA, 2))), 400, 422,
						"items"),
				new BadInput(ORDER, "missing Idempotency-Key",
						() -> Http.post(orders("")).as(DevIssuer.customer(ALICE)).json(alices().toJson()).send(), 400,
						"Idempotency-Key"),
				new BadInput(ORDER, "unknown user", () -> place(alices().by(this.unknownUser)), 422, "user"),
				new BadInput(ORDER, "suspended user", () -> place(alices().by(MALLORY_SUSPENDED)), 422, "suspended"),
				new BadInput(ORDER, "unknown restaurant", () -> place(alices().from(UUID.randomUUID())), 422,
						"restaurant"),
				new BadInput(ORDER, "closed restaurant",
						() -> place(
								alices().from(CLOSED_KITCHEN_BERLIN).withItems(new Line(SOUP_OF_CLOSED_KITCHEN, 1))),
						422, "closed"),
				new BadInput(ORDER, "unknown menu item",
						() -> place(alices().withItems(new Line(UUID.randomUUID(), 1))), 422, "menu-item"),
				new BadInput(ORDER, "menu item of another restaurant",
						() -> place(alices().withItems(new Line(SALMON_NIGIRI, 1))), 422, "unknown-menu-item"),
				new BadInput(ORDER, "unavailable menu item",
						() -> place(alices().withItems(new Line(TIRAMISU_UNAVAILABLE, 1))), 422, "unavailable"),
				new BadInput(ORDER, "oversize body", this::placeOversizeOrder, 413, "too large"),
				new BadInput(ORDER, "unsupported media type",
						() -> Http.post(orders(""))
							.as(DevIssuer.customer(ALICE))
							.header("Idempotency-Key", UUID.randomUUID().toString())
							.body("text/plain", "two pizzas please".getBytes(StandardCharsets.UTF_8))
							.send(),
						415, "text/plain"));
	}

	private List<BadInput> orderQueryCases() {
		return List.of(
				new BadInput(ORDER, "id that is not a UUID", () -> Http.get(orders("/not-a-uuid"))
					.send(), 400, "UUID"),
				new BadInput(ORDER, "unknown order", () -> Http.get(orders("/" + UUID.randomUUID())).send(), 404,
						"order"),
				new BadInput(ORDER, "page size too large",
						() -> Http.get(orders("?userId=" + ALICE + "&size=1000")).send(), 400, "size"),
				new BadInput(ORDER, "negative page", () -> Http.get(orders("?userId=" + ALICE + "&page=-1")).send(),
						400, "page"),
				new BadInput(ORDER, "unknown status filter",
						() -> Http.get(orders("?userId=" + ALICE + "&status=EATEN")).send(), 400, "status"),
				new BadInput(ORDER, "wrong method",
						() -> Http.request("DELETE", orders("/" + this.deliveredOrder)).send(), 405, "DELETE"),
				new BadInput(ORDER, "unknown route", () -> Http.get(this.fleet.api(ORDER, "/orderz")).send(), 404,
						"/orderz"),
				new BadInput(ORDER, "cancel after pickup", () -> this.foodMesh.cancel(this.deliveredOrder), 409,
						"order-not-cancellable"));
	}

	private List<BadInput> otherServiceCases() {
		ObjectNode zeroQuantity = Json.object();
		zeroQuantity.putArray("items").addObject().put("menuItemId", MARGHERITA.toString()).put("quantity", 0);
		ObjectNode soup = Json.object();
		soup.putArray("items").addObject().put("menuItemId", SOUP_OF_CLOSED_KITCHEN.toString()).put("quantity", 1);
		ObjectNode bannedStatus = Json.object().put("status", "BANNED");
		ObjectNode badEmail = Json.object().put("name", "Eve").put("email", "not-an-email");
		// a city no journey orders in: should a courier be hired after all, no journey's
		// couriers change
		ObjectNode overlongCourierName = Json.object().put("name", "N".repeat(101)).put("city", "Nowhere");
		ObjectNode nulInCourierCity = Json.object().put("name", "Eve").put("city", "Nowhere\u0000");
		return List.of(
				new BadInput(
						USER, "id that is not a UUID", () -> Http.get(this.fleet.api(USER, "/users/42"))
							.send(),
						400, "UUID"),
				new BadInput(USER, "unknown user",
						() -> Http.get(this.fleet.api(USER, "/users/" + this.unknownUser)).send(), 404, "user"),
				new BadInput(USER, "invalid email",
						() -> Http.post(this.fleet.api(USER, "/users")).json(badEmail).send(), 400, "email"),
				new BadInput(USER, "unknown status value",
						() -> Http.request("PATCH", this.fleet.api(USER, "/users/" + MALLORY_SUSPENDED))
							.json(bannedStatus)
							.send(),
						400, "status"),
				new BadInput(
						USER, "page size zero", () -> Http.get(this.fleet.api(USER, "/users?size=0"))
							.send(),
						400, "size"),
				new BadInput(
						RESTAURANT, "id that is not a UUID", () -> Http
							.get(this.fleet.api(RESTAURANT, "/restaurants/roma/menu"))
							.send(),
						400, "UUID"),
				new BadInput(RESTAURANT, "page size too large",
						() -> Http.get(this.fleet.api(RESTAURANT, "/restaurants?city=Berlin&size=101")).send(), 400,
						"size"),
				new BadInput(RESTAURANT, "out-of-range quantity in a quote",
						() -> Http.post(this.fleet.api(RESTAURANT, "/restaurants/" + PIZZERIA_ROMA_BERLIN + "/quote"))
							.json(zeroQuantity)
							.send(),
						400, "quantity"),
				new BadInput(RESTAURANT, "quote from a closed restaurant",
						() -> Http.post(this.fleet.api(RESTAURANT, "/restaurants/" + CLOSED_KITCHEN_BERLIN + "/quote"))
							.json(soup)
							.send(),
						422, "restaurant-closed"),
				new BadInput(PAYMENT, "missing orderId", () -> Http.get(this.fleet.api(PAYMENT, "/payments")).send(),
						400, "orderId"),
				new BadInput(PAYMENT, "orderId that is not a UUID",
						() -> Http.get(this.fleet.api(PAYMENT, "/payments?orderId=abc")).send(), 400, "orderId"),
				new BadInput(
						DELIVERY, "id that is not a UUID", () -> Http.get(this.fleet.api(DELIVERY, "/deliveries/xyz"))
							.send(),
						400, "UUID"),
				new BadInput(DELIVERY, "pickup of an unknown delivery",
						() -> Http.post(this.fleet.api(DELIVERY, "/deliveries/" + UUID.randomUUID()
								+ "/pickup"))
							.send(),
						404, "delivery-not-found"),
				new BadInput(DELIVERY, "pickup of a completed delivery",
						() -> Http.post(this.fleet.api(DELIVERY, "/deliveries/" + this.completedDelivery + "/pickup"))
							.send(),
						409, "delivery-status-conflict"),
				new BadInput(DELIVERY, "overlong courier name",
						() -> Http.post(this.fleet.api(DELIVERY, "/couriers")).json(overlongCourierName).send(), 400,
						"name"),
				new BadInput(DELIVERY, "NUL in a courier's city",
						() -> Http.post(this.fleet.api(DELIVERY, "/couriers")).json(nulInCourierCity).send(), 400,
						"city"),
				new BadInput(DELIVERY, "unknown courier",
						() -> Http.get(this.fleet.api(DELIVERY, "/couriers/" + UUID.randomUUID())).send(), 404,
						"courier-not-found"));
	}

	/**
	 * Text Postgres cannot store (a NUL, which {@code text} and {@code jsonb} refuse; an
	 * unpaired surrogate, which is not a character) in a string of every write endpoint,
	 * and in a query parameter and a path: a 400 naming the field or parameter, where the
	 * insert or update used to fail as a 500.
	 */
	private List<BadInput> unstorableTextCases() {
		ObjectNode nulInStreet = alices().toJson();
		((ObjectNode) nulInStreet.get("deliveryAddress")).put("street", "Unter den Linden\u00001");
		ObjectNode nulInToken = alices().toJson().put("paymentToken", "tok_visa\u0000");
		// an unpaired surrogate cannot be serialised as UTF-8: sent as the JSON escape it
		// would arrive as
		String surrogateInCity = Json.write(alices().toJson()).replace("\"Berlin\"", "\"Berlin\\ud800\"");
		ObjectNode nulInUserName = Json.object().put("name", "Eve\u0000").put("email", "eve-nul@example.com");
		ObjectNode nulInNewName = Json.object().put("status", "SUSPENDED").put("name", "Mallory\u0000");
		ObjectNode nulInRestaurantName = Json.object()
			.put("name", "Nul\u0000Bistro")
			.put("city", "Berlin")
			.put("currency", "EUR");
		ObjectNode nulInRename = Json.object().put("name", "Roma\u0000");
		ObjectNode nulInDescription = Json.object().put("name", "Calzone").put("description", "folded\u0000");
		nulInDescription.putObject("price").put("amount", 1050).put("currency", "EUR");
		ObjectNode nulInCurrency = Json.object();
		nulInCurrency.putObject("price").put("amount", 950).put("currency", "EU\u0000");
		ObjectNode nulInCourierName = Json.object().put("name", "Eve\u0000").put("city", "Nowhere");
		String roma = "/restaurants/" + PIZZERIA_ROMA_BERLIN;
		return List
			.of(new BadInput(ORDER, "NUL in the delivery street", () -> placeRaw(Json.write(nulInStreet)), 400,
					"deliveryAddress.street"),
					new BadInput(ORDER, "NUL in the payment token", () -> placeRaw(Json.write(nulInToken)), 400,
							"paymentToken"),
					new BadInput(ORDER, "unpaired surrogate in the delivery city", () -> placeRaw(
							surrogateInCity), 400, "deliveryAddress.city"),
					new BadInput(ORDER, "NUL in the path of a cancel",
							() -> Http.post(orders("/%00/cancel")).as(DevIssuer.customer(ALICE)).send(), 400, "path"),
					new BadInput(ORDER, "NUL in a query parameter",
							() -> Http.get(orders("?userId=" + ALICE + "&status=PAID%00")).send(), 400, "status"),
					new BadInput(
							USER, "NUL in a new user's name",
							() -> Http.post(this.fleet.api(USER, "/users")).json(nulInUserName).send(), 400, "name"),
					new BadInput(USER, "NUL in a changed name",
							() -> Http.request("PATCH", this.fleet.api(USER, "/users/" + MALLORY_SUSPENDED))
								.json(nulInNewName)
								.send(),
							400, "name"),
					new BadInput(RESTAURANT, "NUL in a new restaurant's name",
							() -> Http.post(this.fleet.api(RESTAURANT,
									"/restaurants"))
								.json(nulInRestaurantName)
								.send(),
							400, "name"),
					new BadInput(RESTAURANT, "NUL in a restaurant's new name",
							() -> Http.request("PATCH", this.fleet.api(RESTAURANT, roma))
								.json(nulInRename)
								.send(),
							400, "name"),
					new BadInput(RESTAURANT, "NUL in a new menu item's description",
							() -> Http.post(this.fleet.api(RESTAURANT, roma + "/menu")).json(nulInDescription).send(),
							400, "description"),
					new BadInput(RESTAURANT, "NUL in a menu item's new price currency",
							() -> Http.request("PATCH", this.fleet.api(RESTAURANT, roma + "/menu/" + MARGHERITA))
								.json(nulInCurrency)
								.send(),
							400, "price.currency"),
					new BadInput(RESTAURANT, "NUL in the city filter",
							() -> Http.get(this.fleet.api(RESTAURANT, "/restaurants?city=Ber%00lin")).send(), 400,
							"city"),
					new BadInput(DELIVERY, "NUL in a courier's name",
							() -> Http.post(this.fleet.api(DELIVERY, "/couriers")).json(nulInCourierName).send(), 400,
							"name"));
	}

	/**
	 * Writes a request as is (a NUL in a header included) and answers the status line of
	 * the response.
	 */
	private static String statusLine(URI target, byte[] head, byte[] body) throws IOException {
		try (Socket socket = new Socket(target.getHost(), target.getPort())) {
			socket.setSoTimeout(2_000);
			OutputStream out = socket.getOutputStream();
			out.write(head);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			try {
				answer.append((char) in.read());
			}
			catch (SocketTimeoutException waitingForTheBody) {
				// the head was accepted: the server waits for the body (a refused head is
				// answered at once, and a body sent after it would only reset the
				// connection before the answer is read)
				out.write(body);
				out.flush();
			}
			socket.setSoTimeout(15_000);
			for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
				answer.append((char) c);
			}
			return answer.toString();
		}
	}

	private HttpResult placeOversizeOrder() {
		ObjectNode huge = alices().toJson();
		((ObjectNode) huge.get("deliveryAddress")).put("street", "x".repeat(600 * 1024));
		return placeRaw(Json.write(huge));
	}

	private HttpResult place(OrderRequest order) {
		return placeRaw(Json.write(order.toJson()));
	}

	private HttpResult placeRaw(String body) {
		return Http.post(orders(""))
			.as(Tokens.customerOf(body.getBytes(StandardCharsets.UTF_8)))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.json(body)
			.send();
	}

	private URI orders(String rest) {
		return this.fleet.api(ORDER, "/orders" + rest);
	}

	private static OrderRequest alices() {
		return pizzaInBerlin().by(ALICE);
	}

	private Map<UUID, Long> orderCounts() {
		Map<UUID, Long> counts = new LinkedHashMap<>();
		for (UUID user : Set.of(ALICE, BOB, CAROL, MALLORY_SUSPENDED, this.unknownUser)) {
			counts.put(user, this.foodMesh.orderCount(user));
		}
		return counts;
	}

	private long restaurantCount() {
		HttpResult restaurants = Http.get(this.fleet.api(RESTAURANT, "/restaurants?size=1")).send();
		assertThat(restaurants.status()).as("%s", restaurants).isEqualTo(200);
		return restaurants.json().path("totalItems").asLong();
	}

	private JsonNode roma(String rest) {
		HttpResult roma = Http.get(this.fleet.api(RESTAURANT, "/restaurants/" + PIZZERIA_ROMA_BERLIN + rest)).send();
		assertThat(roma.status()).as("%s", roma).isEqualTo(200);
		return roma.json();
	}

	private long userCount() {
		HttpResult users = Http.get(this.fleet.api(USER, "/users?size=1")).send();
		assertThat(users.status()).as("%s", users).isEqualTo(200);
		return users.json().path("totalItems").asLong();
	}

	/**
	 * One kind of bad input: which service gets it, the call, the status it must get (or
	 * either of two where the contract allows both) and a word the problem must say.
	 */
	private record BadInput(FoodMeshService service, String kind, Supplier<HttpResult> call, Set<Integer> statuses,
			String names) {

		BadInput(FoodMeshService service, String kind, Supplier<HttpResult> call, int status, String names) {
			this(service, kind, call, Set.of(status), names);
		}

		BadInput(FoodMeshService service, String kind, Supplier<HttpResult> call, int status, int orStatus,
				String names) {
			this(service, kind, call, Set.of(status, orStatus), names);
		}

	}

}
