package dev.foodmesh.order.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.order.application.OrderQueries;
import dev.foodmesh.order.application.StatusUpdate;
import dev.foodmesh.order.application.UnknownOrderException;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.web.paging.PageQuery;

import static dev.foodmesh.order.api.OrderControllerTest.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/** The read endpoints: one order, a page, the SSE status stream. */
class OrderQueryControllerTest extends OrderRoutesSlice {

	@BeforeEach
	void asAlice() {
		actAsAlice();
	}

	@Test
	void shouldShowTheOrderWithCourierOnceScheduled() {
		Order order = OrderFixtures.anOrderIn(OrderStatus.DELIVERY_SCHEDULED);
		given(this.orders.findById(order.id())).willReturn(Mono.just(order));

		this.client.get()
			.uri("/orders/{id}", order.id().value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DELIVERY_SCHEDULED")
			.jsonPath("$.courier.name")
			.isEqualTo("Ada")
			.jsonPath("$.total.amount")
			.isEqualTo(1900)
			.jsonPath("$.history.length()")
			.isEqualTo(3)
			.jsonPath("$.estimatedDeliveryAt")
			.exists();
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownOrderAndBadRequestForANonUuid() {
		given(this.orders.findById(any())).willReturn(Mono.empty());

		problem(this.client.get().uri("/orders/{id}", OrderId.random().value()).exchange(), 404);
		problem(this.client.get().uri("/orders/12345").exchange(), 400);
	}

	@Test
	void shouldAnswerAPage() {
		Order order = OrderFixtures.anOrderAwaitingPayment();
		given(this.queries
			.search(new OrderQueries.Criteria(order.details().userId(), OrderStatus.PAYMENT_PENDING, 1, 5)))
			.willReturn(Mono.just(new OrderQueries.OrderPage(List.of(order), 6)));

		this.client.get()
			.uri("/orders?userId={user}&status=PAYMENT_PENDING&page=1&size=5", order.details().userId().value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].id")
			.isEqualTo(order.id().toString())
			.jsonPath("$.totalItems")
			.isEqualTo(6)
			.jsonPath("$.totalPages")
			.isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "status=UNKNOWN", "size=101", "size=0", "page=-1", "page=x", "userId=bob",
			"page=100&size=100", "page=500", "page=2147483647" })
	void shouldRefuseBadQueryParameters(String query) {
		problem(this.client.get().uri("/orders?" + query).exchange(), 400);
	}

	@Test
	void shouldCountAsFarAsPagesReach() {
		// totalPages never announces a page that would be refused, nor hides one that can
		// be asked for
		assertThat(OrderQueries.MAX_COUNTED).isEqualTo(PageQuery.MAX_WINDOW);
	}

	@Test
	void shouldAnswerTheLastPageThatPagesReach() {
		given(this.queries.search(new OrderQueries.Criteria(null, null, 99, 100)))
			.willReturn(Mono.just(new OrderQueries.OrderPage(List.of(), OrderQueries.MAX_COUNTED)));

		// an operator: a customer's list is always filtered to their own orders
		this.client.mutate()
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + DevIssuer.operator())
			.build()
			.get()
			.uri("/orders?page=99&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(10_000)
			.jsonPath("$.totalPages")
			.isEqualTo(100);
	}

	@Test
	void shouldStreamStatusesAndCompleteAtTheTerminalOne() {
		Order order = OrderFixtures.anOrderIn(OrderStatus.PICKED_UP);
		given(this.orders.findById(order.id())).willReturn(Mono.just(order));
		given(this.watchOrder.watch(order.id()))
			.willReturn(Flux.just(new StatusUpdate(order.id(), OrderStatus.PICKED_UP, null, order.updatedAt()),
					new StatusUpdate(order.id(), OrderStatus.DELIVERED, null, order.updatedAt())));

		Flux<ServerSentEvent<StatusEventView>> events = this.client.get()
			.uri("/orders/{id}/events", order.id().value())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<StatusEventView>>() {
			})
			.getResponseBody();

		StepVerifier.create(events.map((event) -> event.event() + ":" + event.data().status()))
			.expectNext("status:PICKED_UP", "status:DELIVERED")
			.verifyComplete();
	}

	@Test
	void shouldAnswerNotFoundBeforeStreamingAnUnknownOrder() {
		OrderId id = OrderId.random();
		given(this.orders.findById(id)).willReturn(Mono.empty());
		given(this.watchOrder.watch(id)).willReturn(Flux.error(new UnknownOrderException(id)));

		problem(this.client.get().uri("/orders/{id}/events", id.value()).accept(MediaType.TEXT_EVENT_STREAM).exchange(),
				404);
	}

}
