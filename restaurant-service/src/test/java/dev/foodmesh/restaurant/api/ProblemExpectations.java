package dev.foodmesh.restaurant.api;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

final class ProblemExpectations {

	private ProblemExpectations() {
	}

	static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status, String slug) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/" + slug)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

}
