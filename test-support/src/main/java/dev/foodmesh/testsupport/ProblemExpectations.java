package dev.foodmesh.testsupport;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every FoodMesh refusal shares (docs/conventions.md, "Errors"): the status, the
 * problem+json content type, the {@code type} of its slug, the {@code status} again and a
 * {@code detail}.
 */
public final class ProblemExpectations {

	/** The prefix of every problem {@code type}; tests spell the wire contract out. */
	public static final String TYPE_PREFIX = "https://foodmesh.dev/problems/";

	private ProblemExpectations() {
	}

	/** Checks the shared parts and hands back the body for the specific ones. */
	public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status,
			String slug) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(TYPE_PREFIX + slug)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

}
