package dev.foodmesh.loadtest;

import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CourierSeederTest {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	// busy for pickup + delivery and up to a simulator pass after each: 10/s with 60
	// couriers (5 s × 1.2) left orders waiting for one
	@Test
	void shouldKeepThePeakRateInCouriersWithHeadroom() {
		LoadProfile.Simulator simulator = new LoadProfile.Simulator(Duration.ofSeconds(2), Duration.ofSeconds(3),
				Duration.ofSeconds(1));

		assertThat(CourierSeeder.needed(1500, simulator, 1.2)).isEqualTo(12600);
		assertThat(CourierSeeder.needed(10, simulator, 1.2)).isEqualTo(84);
		assertThat(CourierSeeder.needed(7,
				new LoadProfile.Simulator(Duration.ofMillis(500), Duration.ZERO, Duration.ofMillis(250)), 1.0))
			.isEqualTo(7);
	}

	@Test
	void shouldRegisterOnlyTheCouriersTheCityLacks() throws Exception {
		try (FakeService delivery = new FakeService((request) -> request.startsWith("GET")
				? new FakeService.Answer(200, "{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":2,\"totalPages\":2}")
				: new FakeService.Answer(201, "{}"))) {
			CourierSeeder.Seeded seeded = new CourierSeeder(this.http, delivery.uri(), "secret").seed("Berlin", 50);

			assertThat(seeded).isEqualTo(new CourierSeeder.Seeded(2, 48));
			assertThat(delivery.requests().getFirst()).isEqualTo("GET /couriers?size=1&city=Berlin");
			assertThat(delivery.requests()).filteredOn((request) -> request.startsWith("POST /couriers {"))
				.hasSize(48)
				.allMatch((request) -> request.contains("\"city\":\"Berlin\"") && request.contains("Load courier"));
		}
	}

	@Test
	void shouldSayClearlyWhenDeliveryServiceCannotRegisterCouriers() throws Exception {
		try (FakeService delivery = new FakeService((request) -> request.startsWith("GET")
				? new FakeService.Answer(200, "{\"items\":[],\"totalItems\":2}") : new FakeService.Answer(405, ""))) {
			CourierSeeder seeder = new CourierSeeder(this.http, delivery.uri(), null);

			assertThatExceptionOfType(CourierSeeder.CourierSeedingException.class)
				.isThrownBy(() -> seeder.seed("Berlin", 1000))
				.withMessageContaining("delivery-service has no POST /couriers")
				.withMessageContaining("--couriers 0");
			assertThat(delivery.requests()).filteredOn((request) -> request.startsWith("POST")).hasSizeLessThan(100);
		}
	}

	@Test
	void shouldSayClearlyWhenDeliveryServiceIsDown() {
		CourierSeeder seeder = new CourierSeeder(this.http, java.net.URI.create("http://127.0.0.1:9"), null);

		assertThatExceptionOfType(CourierSeeder.CourierSeedingException.class)
			.isThrownBy(() -> seeder.seed("Berlin", 10))
			.withMessageContaining("delivery-service does not answer");
	}

}
