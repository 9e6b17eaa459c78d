package dev.foodmesh.testsupport;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test clients that send a token of the development issuer with every request. */
public final class TokenClients {

	private TokenClients() {
	}

	/**
	 * A copy of {@code client} that sends {@code token} (e.g.
	 * {@code DevIssuer.operator()}) as its bearer token.
	 */
	public static WebTestClient sending(WebTestClient client, String token) {
		return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

}
