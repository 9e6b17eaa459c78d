package dev.foodmesh.web.problem;

import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;

/**
 * Checks the parts every FoodMesh problem shares, and what web-support itself fixes: the
 * {@code title} of the slug and the {@code instance}; then hands back the body for
 * specific checks.
 */
final class ProblemAssertions {

	private ProblemAssertions() {
	}

	static WebTestClient.BodyContentSpec assertProblem(WebTestClient.ResponseSpec response, int status, String slug,
			String path) {
		return expectProblem(response, status, slug).jsonPath("$.title")
			.isEqualTo(Problems.title(slug))
			.jsonPath("$.instance")
			.isEqualTo(path);
	}

}
