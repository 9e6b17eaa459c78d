package dev.foodmesh.order.api;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.order.application.AdvanceResult;
import dev.foodmesh.order.application.OrderQueries;
import dev.foodmesh.order.application.PlacementResult;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Who may do what on the order routes (docs/security.md), with real tokens of the
 * development issuer: no or a bad token is 401, the wrong role or someone else's order
 * 403, both as problem+json.
 */
class OrderAccessTest extends OrderRoutesSlice {

	private static final String BOB = "11111111-1111-4111-8111-111111111112";

	@Test
	void shouldRefuseEveryRouteWithoutAToken() {
		Order alices = alicesOrder();

		refused(this.client.post()
			.uri("/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.header(OrderController.IDEMPOTENCY_KEY, "k")
			.bodyValue(OrderRequests.valid())
			.exchange(), 401).jsonPath("$.type").isEqualTo("https://foodmesh.dev/problems/unauthorized");
		refused(this.client.get().uri("/orders/{id}", alices.id().value()).exchange(), 401);
		refused(this.client.get().uri("/orders").exchange(), 401);
		refused(this.client.get().uri("/orders/{id}/events", alices.id().value()).exchange(), 401);
		refused(this.client.post().uri("/orders/{id}/cancel", alices.id().value()).exchange(), 401);
		verifyNoInteractions(this.placeOrder, this.cancelOrder, this.orders, this.watchOrder);
	}

	@Test
	void shouldRefuseATokenThatIsExpiredOrNotSignedByTheIssuer() {
		String expired = DevIssuer.mint(OrderRequests.USER, List.of("customer"), Duration.ofSeconds(-120));
		String valid = DevIssuer.customer(OrderRequests.USER);
		String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

		refused(as(expired).get().uri("/orders").exchange(), 401).jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("expired"));
		refused(as(forged).get().uri("/orders").exchange(), 401);
		refused(as("not-a-jwt").get().uri("/orders").exchange(), 401);
	}

	@Test
	void shouldLetACustomerPlaceOrdersOnlyAsThemselves() {
		Order alices = alicesOrder();
		given(this.placeOrder.place(any())).willReturn(Mono.just(new PlacementResult.Placed(alices, false)));

		refused(place(DevIssuer.customer(BOB)), 403).jsonPath("$.detail")
			.isEqualTo("userId must be the subject of the customer token");
		refused(place(DevIssuer.courier()), 403);
		refused(place(DevIssuer.operator()), 403);
		verifyNoInteractions(this.placeOrder);

		place(DevIssuer.customer(OrderRequests.USER)).expectStatus().isCreated();
	}

	@Test
	void shouldShowWatchAndCancelAnOrderOnlyToItsCustomer() {
		Order alices = alicesOrder();
		String bob = DevIssuer.customer(BOB);

		refused(as(bob).get().uri("/orders/{id}", alices.id().value()).exchange(), 403).jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/forbidden");
		refused(as(bob).get().uri("/orders/{id}/events", alices.id().value()).exchange(), 403);
		refused(as(bob).post().uri("/orders/{id}/cancel", alices.id().value()).exchange(), 403);
		refused(as(DevIssuer.operator()).post().uri("/orders/{id}/cancel", alices.id().value()).exchange(), 403);
		refused(as(DevIssuer.courier()).get().uri("/orders/{id}", alices.id().value()).exchange(), 403);
		verifyNoInteractions(this.cancelOrder, this.watchOrder);

		given(this.cancelOrder.cancel(alices.id())).willReturn(Mono.just(new AdvanceResult.Applied(alices)));
		as(DevIssuer.customer(OrderRequests.USER)).get()
			.uri("/orders/{id}", alices.id().value())
			.exchange()
			.expectStatus()
			.isOk();
		as(DevIssuer.operator()).get().uri("/orders/{id}", alices.id().value()).exchange().expectStatus().isOk();
		as(DevIssuer.customer(OrderRequests.USER)).post()
			.uri("/orders/{id}/cancel", alices.id().value())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void shouldListForACustomerOnlyTheirOwnOrders() {
		given(this.queries.search(any())).willReturn(Mono.just(new OrderQueries.OrderPage(List.of(), 0)));

		refused(as(DevIssuer.customer(BOB)).get().uri("/orders?userId=" + OrderRequests.USER).exchange(), 403);
		verifyNoInteractions(this.queries);

		as(DevIssuer.customer(BOB)).get().uri("/orders").exchange().expectStatus().isOk();
		as(DevIssuer.operator()).get().uri("/orders?userId=" + OrderRequests.USER).exchange().expectStatus().isOk();
	}

	private Order alicesOrder() {
		Order order = OrderFixtures.anOrderIn(OrderStatus.PAID);
		given(this.orders.findById(order.id())).willReturn(Mono.just(order));
		return order;
	}

	private WebTestClient.ResponseSpec place(String token) {
		return as(token).post()
			.uri("/orders")
			.header(OrderController.IDEMPOTENCY_KEY, "k")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(OrderRequests.valid())
			.exchange();
	}

	private WebTestClient as(String token) {
		return this.client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	private static WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response, int status) {
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
