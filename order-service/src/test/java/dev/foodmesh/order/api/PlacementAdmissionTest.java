package dev.foodmesh.order.api;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.order.application.PlacementResult;
import dev.foodmesh.order.domain.OrderFixtures;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * {@code POST /orders} beyond the bound of placements in flight: refused at once with
 * {@code 503} + {@code Retry-After}, and admitted again as soon as one in flight ends.
 */
class PlacementAdmissionTest extends OrderRoutesSlice {

	@Autowired
	private PlacementAdmission admission;

	private List<Disposable> inFlight = List.of();

	@BeforeEach
	void asAlice() {
		actAsAlice();
		given(this.placeOrder.place(any()))
			.willReturn(Mono.just(new PlacementResult.Placed(OrderFixtures.anOrderAwaitingPayment(), false)));
	}

	@AfterEach
	void endThePlacementsInFlight() {
		this.inFlight.forEach(Disposable::dispose);
	}

	@Test
	void shouldRefuseAPlacementBeyondTheBoundAtOnceWithRetryAfter() {
		fillTheBound();

		post().expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "1")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/placement-overloaded")
			.jsonPath("$.detail")
			.isEqualTo("More than 2 orders are being placed at once; retry shortly");
	}

	@Test
	void shouldAdmitAgainOnceAPlacementInFlightEnds() {
		fillTheBound();
		this.inFlight.get(0).dispose();

		post().expectStatus().isCreated();
		post().expectStatus().isCreated();
	}

	@Test
	void shouldNotCountThePlacementsThatEnded() {
		post().expectStatus().isCreated();
		post().expectStatus().isCreated();
		post().expectStatus().isCreated();
	}

	@Test
	void shouldNotAcceptABoundBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PlacementAdmission(0))
			.withMessageContaining("at least 1");
	}

	// placements that never end hold their places until disposed (their callers gone)
	private void fillTheBound() {
		this.inFlight = IntStream.range(0, Admission.ADMITTED)
			.mapToObj((i) -> this.admission.admit(Mono.never()).subscribe())
			.toList();
	}

	private WebTestClient.ResponseSpec post() {
		return this.client.post()
			.uri("/orders")
			.header(OrderController.IDEMPOTENCY_KEY, "key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(OrderRequests.valid())
			.exchange();
	}

}
