package dev.foodmesh.delivery.api;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.delivery.application.Actor;
import dev.foodmesh.delivery.application.DeliveryDetails;
import dev.foodmesh.delivery.application.DeliveryQueries;
import dev.foodmesh.delivery.application.MoveDelivery;
import dev.foodmesh.delivery.application.NotAssignedToCourierException;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryAction;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryRejection;
import dev.foodmesh.delivery.domain.DeliveryRequest;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.DeliveryStatus;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.testsupport.TokenClients;

@WebFluxTest(controllers = DeliveryController.class, properties = DevIssuer.JWKS_PROPERTY)
@Import(DeliveryAccessRules.class)
class DeliveryControllerTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private static final DeliveryId ID = new DeliveryId(UUID.randomUUID());

	/**
	 * The courier of {@link DevIssuer#courier()}, the token the tests send by default.
	 */
	private static final CourierId ADA = new CourierId(UUID.fromString(DevIssuer.DEV_COURIER));

	private static final Actor BY_ADA = new Actor.Courier(ADA);

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void authenticate() {
		client = TokenClients.sending(client, DevIssuer.courier());
	}

	@MockitoBean
	private DeliveryQueries queries;

	@MockitoBean
	private MoveDelivery moveDelivery;

	@Test
	void shouldShowAnAssignedDeliveryWithItsCourier() {
		Delivery.Assigned assigned = new Delivery.Assigned(
				new DeliveryRequest(ID, new OrderId(UUID.randomUUID()), "Berlin", NOW),
				new CourierId(UUID.randomUUID()), NOW, NOW.plusSeconds(1800));
		given(queries.find(ID)).willReturn(Mono.just(new DeliveryDetails(assigned, "Ada")));

		client.get()
			.uri("/deliveries/{id}", ID.value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ASSIGNED")
			.jsonPath("$.courier.name")
			.isEqualTo("Ada")
			.jsonPath("$.estimatedDeliveryAt")
			.isEqualTo("2026-11-25T12:30:00Z")
			.jsonPath("$.pickedUpAt")
			.doesNotExist();
	}

	@Test
	void shouldAnswer404ForAnUnknownDelivery() {
		given(queries.find(any(DeliveryId.class))).willReturn(Mono.empty());

		expectProblem(client.get().uri("/deliveries/{id}", UUID.randomUUID()).exchange(), 404, "delivery-not-found");
	}

	@Test
	void shouldAnswer404WhenPickingUpAnUnknownDelivery() {
		given(moveDelivery.pickUp(ID, BY_ADA)).willReturn(Mono.empty());

		expectProblem(client.post().uri("/deliveries/{id}/pickup", ID.value()).exchange(), 404, "delivery-not-found");
		verifyNoInteractions(queries);
	}

	@Test
	void shouldAnswer409WhenTheDeliveryCannotBeCompletedYet() {
		given(moveDelivery.complete(ID, BY_ADA)).willReturn(Mono.just(new DeliveryResult.Rejected(
				new DeliveryRejection(ID, DeliveryStatus.ASSIGNED, DeliveryAction.COMPLETE))));

		expectProblem(client.post().uri("/deliveries/{id}/complete", ID.value()).exchange(), 409,
				"delivery-status-conflict")
			.jsonPath("$.status")
			.isEqualTo(409)
			.jsonPath("$.deliveryStatus")
			.isEqualTo("ASSIGNED")
			.jsonPath("$.action")
			.isEqualTo("COMPLETE");
	}

	@Test
	void shouldRejectAnIdThatIsNotAUuid() {
		expectProblem(client.get().uri("/deliveries/not-a-uuid").exchange(), 400, "invalid-parameter");
		expectProblem(client.post().uri("/deliveries/42/pickup").exchange(), 400, "invalid-parameter");
	}

	@Test
	void shouldRejectAnOrderIdThatIsNotAUuid() {
		expectProblem(client.get().uri("/deliveries?orderId=abc").exchange(), 400, "invalid-parameter");
	}

	@Test
	void shouldRejectPagesOutOfRange() {
		expectProblem(client.get().uri("/deliveries?size=101").exchange(), 400, "invalid-parameter");
		expectProblem(client.get().uri("/deliveries?page=-1").exchange(), 400, "invalid-parameter");
		expectProblem(client.get().uri("/deliveries?size=x").exchange(), 400, "invalid-parameter");
	}

	@Test
	void shouldRejectAWrongMethod() {
		expectProblem(client.delete().uri("/deliveries/{id}", ID.value()).exchange(), 405, "method-not-allowed");
		expectProblem(client.get().uri("/deliveries/{id}/pickup", ID.value()).exchange(), 405, "method-not-allowed");
	}

	@Test
	void shouldLeavePickupAndCompletionToCouriersAndOperators() {
		WebTestClient customer = as(DevIssuer.customer(UUID.randomUUID()));

		expectProblem(customer.post().uri("/deliveries/{id}/pickup", ID.value()).exchange(), 403, "forbidden");
		expectProblem(customer.post().uri("/deliveries/{id}/complete", ID.value()).exchange(), 403, "forbidden");
		expectProblem(customer.get().uri("/deliveries/{id}", ID.value()).exchange(), 403, "forbidden");
		expectProblem(client.mutate()
			.defaultHeaders((headers) -> headers.remove(HttpHeaders.AUTHORIZATION))
			.build()
			.post()
			.uri("/deliveries/{id}/pickup", ID.value())
			.exchange(), 401, "unauthorized");
		verifyNoInteractions(moveDelivery, queries);
	}

	@Test
	void shouldMoveAsTheCourierOfTheTokenAndAnswer403WhenTheMoveRefusesThem() {
		CourierId grace = new CourierId(UUID.randomUUID());
		given(moveDelivery.pickUp(ID, new Actor.Courier(grace)))
			.willReturn(Mono.error(new NotAssignedToCourierException(ID, grace)));
		given(moveDelivery.complete(ID, new Actor.Courier(grace)))
			.willReturn(Mono.error(new NotAssignedToCourierException(ID, grace)));
		WebTestClient asGrace = as(DevIssuer.courier(grace.value()));

		expectProblem(asGrace.post().uri("/deliveries/{id}/pickup", ID.value()).exchange(), 403, "forbidden")
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains(ID.toString()));
		expectProblem(asGrace.post().uri("/deliveries/{id}/complete", ID.value()).exchange(), 403, "forbidden");
		verifyNoInteractions(queries);

		given(moveDelivery.pickUp(ID, BY_ADA))
			.willReturn(Mono.just(new DeliveryResult.Changed(assignedTo(ADA), List.of())));
		given(queries.find(ID)).willReturn(Mono.just(new DeliveryDetails(assignedTo(ADA), "Ada")));
		client.post().uri("/deliveries/{id}/pickup", ID.value()).exchange().expectStatus().isOk();
	}

	@Test
	void shouldRefuseACourierTokenWhoseSubjectIsNoCourierId() {
		WebTestClient notACourier = as(DevIssuer.mint("dispatcher", List.of("courier"), Duration.ofMinutes(5)));

		expectProblem(notACourier.post().uri("/deliveries/{id}/pickup", ID.value()).exchange(), 403, "forbidden");
		verifyNoInteractions(moveDelivery, queries);
	}

	@Test
	void shouldMoveAsStaffForAnOperator() {
		given(queries.find(ID)).willReturn(Mono.just(new DeliveryDetails(assignedTo(ADA), "Ada")));
		given(moveDelivery.pickUp(eq(ID), any(Actor.class))).willReturn(Mono.empty());
		given(moveDelivery.pickUp(ID, Actor.Staff.OPERATOR))
			.willReturn(Mono.just(new DeliveryResult.Changed(assignedTo(ADA), List.of())));

		as(DevIssuer.operator()).post().uri("/deliveries/{id}/pickup", ID.value()).exchange().expectStatus().isOk();
	}

	private static Delivery.Assigned assignedTo(CourierId courier) {
		return new Delivery.Assigned(request(), courier, NOW, NOW.plusSeconds(1800));
	}

	private static DeliveryRequest request() {
		return new DeliveryRequest(ID, new OrderId(UUID.randomUUID()), "Berlin", NOW);
	}

	private WebTestClient as(String token) {
		return TokenClients.sending(client, token);
	}

}
