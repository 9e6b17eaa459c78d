package dev.foodmesh.delivery.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.delivery.application.CourierQueries;
import dev.foodmesh.delivery.application.Page;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;

@WebFluxTest(CourierController.class)
class CourierControllerTest {

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private CourierQueries queries;

	@Test
	void shouldListTheCouriersOfACityAsAPage() {
		Courier ada = new Courier(new CourierId(UUID.randomUUID()), "Ada", "Berlin", CourierStatus.AVAILABLE,
				Instant.parse("2026-11-25T12:00:00Z"));
		given(queries.find(eq("Berlin"), any(PageRequest.class)))
			.willReturn(Mono.just(new Page<>(List.of(ada), new PageRequest(0, 1), 3)));

		client.get().uri("/couriers?city=Berlin&size=1").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].name").isEqualTo("Ada")
			.jsonPath("$.items[0].status").isEqualTo("AVAILABLE")
			.jsonPath("$.size").isEqualTo(1)
			.jsonPath("$.totalItems").isEqualTo(3)
			.jsonPath("$.totalPages").isEqualTo(3);
	}

	@Test
	void shouldRejectAnEmptyCity() {
		client.get().uri("/couriers?city=").exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("city");
	}

	@Test
	void shouldRejectAPageSizeOfZero() {
		client.get().uri("/couriers?size=0").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo("https://foodmesh.dev/problems/invalid-parameter");
	}

}
