package dev.foodmesh.web.problem;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Checks the parts every FoodMesh problem shares, then hands back the body for specific
 * checks.
 */
final class ProblemAssertions {

	private ProblemAssertions() {
	}

	static WebTestClient.BodyContentSpec assertProblem(WebTestClient.ResponseSpec response, int status, String slug,
			String path) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(Problems.TYPE_PREFIX + slug)
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.title")
			.isEqualTo(Problems.title(slug))
			.jsonPath("$.instance")
			.isEqualTo(path)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

}
