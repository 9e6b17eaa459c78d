package dev.foodmesh.web.security;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.testsupport.TokenClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an observation registry present, as in every service, Spring Security observes
 * nothing of a request: no filter-chain, authentication or authorisation observation
 * (docs/performance.md).
 */
@WebFluxTest(controllers = CallerController.class)
@Import({ CourierRules.class, SecurityObservationsTest.Recording.class })
class SecurityObservationsTest {

	@Autowired
	private WebTestClient client;

	@Autowired
	private Queue<String> observed;

	@Test
	void shouldMakeNoSecurityObservationsOfAnAuthenticatedRequest() {
		TokenClients.sending(this.client, DevIssuer.courier())
			.post()
			.uri("/me/deliveries")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(List.copyOf(this.observed)).noneMatch((name) -> name.startsWith("spring.security"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		Queue<String> observed() {
			return new ConcurrentLinkedQueue<>();
		}

		@Bean
		ObservationRegistry observationRegistry(Queue<String> observed) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new ObservationHandler<>() {
				@Override
				public boolean supportsContext(Observation.Context context) {
					return true;
				}

				@Override
				public void onStart(Observation.Context context) {
					observed.add(context.getName());
				}
			});
			return registry;
		}

	}

}
