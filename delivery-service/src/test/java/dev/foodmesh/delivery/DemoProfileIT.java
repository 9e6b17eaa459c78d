package dev.foodmesh.delivery;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile loads the couriers of docs/demo-data.md. The database is shared with
 * the other ITs, so a later start without the profile also proves that the demo migration
 * does not stop one.
 */
@ActiveProfiles("demo")
class DemoProfileIT extends ServiceIntegrationTest {

	@Test
	void shouldLoadTheDemoCouriersWithTheirFixedIds() {
		http.get()
			.uri("/couriers?city=Berlin")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.items[0].id")
			.isEqualTo("66666666-6666-4666-8666-666666666611")
			.jsonPath("$.items[0].name")
			.isEqualTo("Ada")
			.jsonPath("$.items[1].id")
			.isEqualTo("66666666-6666-4666-8666-666666666612")
			.jsonPath("$.items[1].name")
			.isEqualTo("Grace");
		http.get()
			.uri("/couriers?city=Hamburg")
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].id")
			.isEqualTo("66666666-6666-4666-8666-666666666621")
			.jsonPath("$.items[0].name")
			.isEqualTo("Linus");
		http.get().uri("/couriers?city=Munich").exchange().expectBody().jsonPath("$.totalItems").isEqualTo(0);
	}

}
