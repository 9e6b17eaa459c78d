package dev.foodmesh.order.api;

import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.order.application.AdvanceResult;
import dev.foodmesh.order.application.DependencyUnavailableException;
import dev.foodmesh.order.application.PlacementResult;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderRejection;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.PlacementRejection;
import dev.foodmesh.order.domain.Trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code POST /orders} and {@code POST /orders/{id}/cancel}: bad input never reaches the
 * use cases.
 */
class OrderControllerTest extends OrderRoutesSlice {

	@BeforeEach
	void asAlice() {
		actAsAlice();
	}

	@Test
	void shouldAnswerCreatedWithLocationAndTheOrderAsPlaced() {
		Order order = OrderFixtures.anOrderAwaitingPayment();
		given(this.placeOrder.place(any())).willReturn(Mono.just(new PlacementResult.Placed(order, false)));

		post("key-1", OrderRequests.valid()).exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/orders/" + order.id())
			.expectHeader()
			.valueEquals(OrderController.REPLAYED, "false")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(order.id().toString())
			.jsonPath("$.status")
			.isEqualTo("PAYMENT_PENDING");
	}

	@Test
	void shouldReplayTheSameStatusAndBodyAndMarkIt() {
		Order order = OrderFixtures.anOrderAwaitingPayment();
		given(this.placeOrder.place(any())).willReturn(Mono.just(new PlacementResult.Placed(order, false)),
				Mono.just(new PlacementResult.Placed(order, true)));
		byte[] first = post("key-1", OrderRequests.valid()).exchange().expectBody().returnResult().getResponseBody();

		post("key-1", OrderRequests.valid()).exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(OrderController.REPLAYED, "true")
			.expectBody()
			.consumeWith((replay) -> assertThat(replay.getResponseBody()).isEqualTo(first));
	}

	@Test
	void shouldNameTheUnavailableItem() {
		MenuItemId tiramisu = new MenuItemId(UUID.fromString("33333333-3333-4333-8333-333333333313"));
		given(this.placeOrder.place(any())).willReturn(Mono.just(new PlacementResult.Refused(
				new PlacementRejection(PlacementRejection.Cause.MENU_ITEM_UNAVAILABLE, tiramisu))));

		problem(post("key-1", OrderRequests.valid()).exchange(), 422).jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/menu-item-unavailable")
			.jsonPath("$.menuItemId")
			.isEqualTo(tiramisu.toString());
	}

	@Test
	void shouldRefuseAKeyReusedWithAnotherBody() {
		given(this.placeOrder.place(any())).willReturn(Mono.just(new PlacementResult.KeyReused("key-1")));

		problem(post("key-1", OrderRequests.valid()).exchange(), 422).jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/idempotency-key-reused");
	}

	@Test
	void shouldAnswerServiceUnavailableWithRetryAfterWhenADependencyIsDown() {
		given(this.placeOrder.place(any())).willReturn(
				Mono.error(new DependencyUnavailableException("user-service", "timed out", new TimeoutException())));

		post("key-1", OrderRequests.valid()).exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "2")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"userId\":", "[1,2]", "not json" })
	void shouldRefuseMalformedJson(String body) {
		problem(post("key-1", body).exchange(), 400);
	}

	@Test
	void shouldRefuseWrongTypes() {
		problem(post("key-1", OrderRequests.withItems(OrderRequests.item(OrderRequests.MARGHERITA, "\"two\"")))
			.exchange(), 400);
		problem(post("key-1", OrderRequests.valid().replace(OrderRequests.USER, "not-a-uuid")).exchange(), 400);
	}

	@ParameterizedTest(name = "without {0}")
	@ValueSource(strings = { "userId", "restaurantId", "items", "deliveryAddress", "paymentToken" })
	void shouldRefuseAMissingField(String field) {
		problem(post("key-1", OrderRequests.without(field)).exchange(), 400).jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@ParameterizedTest(name = "quantity {0}")
	@ValueSource(strings = { "0", "51", "-1" })
	void shouldRefuseAnOutOfRangeQuantity(String quantity) {
		problem(post("key-1", OrderRequests.withItems(OrderRequests.item(OrderRequests.MARGHERITA, quantity)))
			.exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("items[0].quantity");
	}

	@Test
	void shouldRefuseNoItemsAndTooManyItems() {
		String item = OrderRequests.item(OrderRequests.MARGHERITA, "1");
		problem(post("key-1", OrderRequests.withItems("")).exchange(), 400);
		problem(post("key-1", OrderRequests.withItems(String.join(",", Collections.nCopies(51, item)))).exchange(),
				400);
	}

	@Test
	void shouldRefuseTheSameMenuItemOnTwoLinesBeforePlacing() {
		String margherita = OrderRequests.item(OrderRequests.MARGHERITA, "1");
		problem(post("key-1", OrderRequests.withItems(margherita + "," + margherita)).exchange(), 400)
			.jsonPath("$.errors[0].field")
			.isEqualTo("items")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("menuItemId once"));
		verifyNoInteractions(this.placeOrder);
	}

	@Test
	void shouldRefuseABlankOrOverlongAddressOrToken() {
		problem(post("key-1", OrderRequests.valid().replace("Berlin", " ")).exchange(), 400);
		problem(post("key-1", OrderRequests.valid().replace("tok_visa", "t".repeat(65))).exchange(), 400);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "deliveryAddress.street", "deliveryAddress.city", "deliveryAddress.postalCode",
			"paymentToken" })
	void shouldRefuseANulCharacterNamingTheFieldBeforePlacing(String field) {
		String value = switch (field) {
			case "deliveryAddress.street" -> "Unter den Linden 1";
			case "deliveryAddress.city" -> "Berlin";
			case "deliveryAddress.postalCode" -> "10117";
			default -> "tok_visa";
		};
		String body = OrderRequests.valid().replace("\"" + value + "\"", "\"" + value + "\\u0000\"");

		problem(post("key-1", body).exchange(), 400).jsonPath("$.errors[0].field").isEqualTo(field);
		verifyNoInteractions(this.placeOrder);
	}

	@Test
	void shouldRefuseANulCharacterInTheIdempotencyKey() {
		problem(post("key\u00001", OrderRequests.valid()).exchange(), 400).jsonPath("$.errors[0].field")
			.isEqualTo(OrderController.IDEMPOTENCY_KEY);
		verifyNoInteractions(this.placeOrder);
	}

	@Test
	void shouldAnswerServiceUnavailableWithRetryAfterWhenTheDatabaseIsDown() {
		given(this.placeOrder.place(any()))
			.willReturn(Mono.error(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
					new R2dbcNonTransientResourceException("Connection refused"))));

		problem(post("key-1", OrderRequests.valid()).exchange(), 503).jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/database-unavailable");
		post("key-1", OrderRequests.valid()).exchange().expectHeader().exists("Retry-After");
	}

	@Test
	void shouldRequireAnIdempotencyKeyOfOneToAHundredCharacters() {
		problem(this.client.post()
			.uri("/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(OrderRequests.valid())
			.exchange(), 400);
		problem(post("k".repeat(101), OrderRequests.valid()).exchange(), 400);
		verifyNoInteractions(this.placeOrder);
	}

	@Test
	void shouldRefuseAnOversizeBody() {
		String padding = "x".repeat(70 * 1024);
		problem(post("key-1", OrderRequests.valid().replace("tok_visa", padding)).exchange(), 413);
	}

	@Test
	void shouldRefuseAnotherMediaType() {
		problem(this.client.post()
			.uri("/orders")
			.header(OrderController.IDEMPOTENCY_KEY, "k")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hello")
			.exchange(), 415);
	}

	@Test
	void shouldAnswerConflictWhenCancellingAPickedUpOrder() {
		Order order = OrderFixtures.anOrderIn(OrderStatus.PICKED_UP);
		OrderId id = order.id();
		given(this.orders.findById(id)).willReturn(Mono.just(order));
		given(this.cancelOrder.cancel(id)).willReturn(Mono.just(
				new AdvanceResult.Refused(new OrderRejection(id, OrderStatus.PICKED_UP, Trigger.CUSTOMER_CANCELLED))));

		problem(this.client.post().uri("/orders/{id}/cancel", id.value()).exchange(), 409).jsonPath("$.orderStatus")
			.isEqualTo("PICKED_UP");
	}

	@Test
	void shouldAnswerTheOrderWhenCancelled() {
		var order = OrderFixtures.after(OrderFixtures.anOrderIn(OrderStatus.PAID), Trigger.CUSTOMER_CANCELLED);
		given(this.orders.findById(order.id())).willReturn(Mono.just(order));
		given(this.cancelOrder.cancel(order.id())).willReturn(Mono.just(new AdvanceResult.Applied(order)));

		this.client.post()
			.uri("/orders/{id}/cancel", order.id().value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLATION_PENDING")
			.jsonPath("$.cancellationReason")
			.isEqualTo("CUSTOMER_CANCELLED");
	}

	@Test
	void shouldAnswerNotFoundWhenCancellingAnUnknownOrderOrANonUuid() {
		OrderId id = OrderId.random();
		given(this.orders.findById(id)).willReturn(Mono.empty());

		problem(this.client.post().uri("/orders/{id}/cancel", id.value()).exchange(), 404);
		problem(this.client.post().uri("/orders/not-a-uuid/cancel").exchange(), 400);
	}

	private WebTestClient.RequestHeadersSpec<?> post(String key, String body) {
		return this.client.post()
			.uri("/orders")
			.header(OrderController.IDEMPOTENCY_KEY, key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body);
	}

	static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.detail")
			.exists();
	}

}
