package dev.foodmesh.web.problem;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.web.problem.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

// generous: the first request of a cold context on a busy 2-core machine can take several seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(controllers = { TestController.class, TeapotAdvice.class })
class RoutingAndOutcomeProblemsTest {

	@Autowired
	private WebTestClient client;

	@Test
	void shouldAnswerAnUnknownRouteWith404() {
		assertProblem(client.get().uri("/nowhere").exchange(), 404, "not-found", "/nowhere").jsonPath("$.detail")
			.isEqualTo("No endpoint GET /nowhere");
	}

	@Test
	void shouldAnswerAWrongMethodWith405AndAllow() {
		var response = client.delete().uri("/widgets").exchange();

		assertProblem(response, 405, "method-not-allowed", "/widgets");
		response.expectHeader().value("Allow", allow -> assertThat(allow).contains("GET").contains("POST"));
	}

	@Test
	void shouldAnswerAnUnacceptableMediaTypeWith406() {
		assertProblem(client.get().uri("/widgets").accept(MediaType.APPLICATION_XML).exchange(), 406, "not-acceptable",
				"/widgets");
	}

	@Test
	void shouldAnswerNotFoundExceptionWithItsSlug() {
		String path = "/widgets/" + TestController.MISSING;
		assertProblem(client.get().uri(path).exchange(), 404, "widget-not-found", path).jsonPath("$.detail")
			.isEqualTo("No widget " + TestController.MISSING);
	}

	@Test
	void shouldPutExtensionsAtTheTopLevel() {
		assertProblem(client.get().uri("/widgets/closed").exchange(), 422, "restaurant-closed", "/widgets/closed")
			.jsonPath("$.menuItemId")
			.isEqualTo(TestController.MISSING.toString());
	}

	@Test
	void shouldAnswerServiceUnavailableWithRetryAfterInWholeSeconds() {
		var response = client.get().uri("/widgets/busy").exchange();

		assertProblem(response, 503, "dependency-unavailable", "/widgets/busy");
		response.expectHeader().valueEquals("Retry-After", "3");
	}

	@Test
	void shouldAnswerConflictWith409() {
		assertProblem(client.get().uri("/widgets/taken").exchange(), 409, "email-taken", "/widgets/taken");
	}

	@Test
	void shouldHideTheCauseOfABug() {
		assertProblem(client.get().uri("/widgets/bug").exchange(), 500, "internal-error", "/widgets/bug")
			.jsonPath("$.detail")
			.isEqualTo("An unexpected error occurred; it has been logged");
	}

	@Test
	void shouldAnswerAnErrorOutsideTheControllersAsAProblemToo() {
		assertProblem(client.get().uri(FailingFilter.PATH).exchange(), 500, "internal-error", FailingFilter.PATH);
	}

	@Test
	void shouldLetAServiceAdviceAnswerFirst() {
		assertProblem(client.get().uri("/widgets/teapot").exchange(), 418, "teapot", "/widgets/teapot");
	}

}
