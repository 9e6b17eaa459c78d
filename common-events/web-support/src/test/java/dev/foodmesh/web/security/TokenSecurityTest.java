package dev.foodmesh.web.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.testsupport.TokenClients;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The one security shape every service gets (docs/security.md), with the development
 * issuer's real tokens: refusals are problem+json, a service's {@link AccessRules} apply,
 * the management paths stay open and the controller gets the {@link Caller}.
 */
@WebFluxTest(controllers = CallerController.class)
@Import(CourierRules.class)
class TokenSecurityTest {

	@Autowired
	private WebTestClient client;

	@Test
	void shouldAnswerTheCallerFromTheToken() {
		as(DevIssuer.mint("dev-staff", List.of("courier", "operator"), Duration.ofMinutes(5))).get()
			.uri("/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo("dev-staff")
			.jsonPath("$.roles.length()")
			.isEqualTo(2);
	}

	@Test
	void shouldRefuseAMissingForgedExpiredOrForeignTokenWith401() {
		String valid = DevIssuer.courier();
		String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
		String expired = DevIssuer.mint("dev-courier", List.of("courier"), Duration.ofMinutes(-5));

		for (WebTestClient caller : List.of(anonymous(), as(forged), as(expired), as("not-a-jwt"))) {
			refused(caller.get().uri("/me").exchange(), 401, "unauthorized").expectHeader()
				.value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value).startsWith("Bearer"));
		}
	}

	@Test
	void shouldApplyTheServiceRulesAndAnswer403ForTheWrongRole() {
		refused(as(DevIssuer.operator()).post().uri("/me/deliveries").exchange(), 403, "forbidden");
		as(DevIssuer.courier()).post().uri("/me/deliveries").exchange().expectStatus().isOk();
	}

	@Test
	void shouldLeaveTheManagementPathsOpenButTheRedriveToOperators() {
		// no actuator in this slice: 404 means the request passed security
		anonymous().get().uri("/actuator/health").exchange().expectStatus().isNotFound();
		refused(anonymous().post().uri("/actuator/dlt/foodmesh.order.events.v1.dlt").exchange(), 401, "unauthorized");
		refused(as(DevIssuer.courier()).post().uri("/actuator/dlt/foodmesh.order.events.v1.dlt").exchange(), 403,
				"forbidden");
	}

	@Test
	void shouldAnswerARequestTheFirewallRejectsWith400() {
		refused(as(DevIssuer.courier()).get().uri("/me/%2e%2e/secret").exchange(), 400, "bad-request");
	}

	@Test
	void shouldRefuseToStartWithoutKeysOrWithBoth() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityProperties("https://auth.foodmesh.dev", "foodmesh", null, " "))
			.withMessageContaining("exactly one");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityProperties("https://auth.foodmesh.dev", "foodmesh", "https://x/jwks", "{}"));
	}

	private WebTestClient as(String token) {
		return TokenClients.sending(this.client, token);
	}

	private WebTestClient anonymous() {
		return this.client.mutate().defaultHeaders((headers) -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
	}

	private static WebTestClient.ResponseSpec refused(WebTestClient.ResponseSpec response, int status, String slug) {
		expectProblem(response, status, slug);
		return response;
	}

}
