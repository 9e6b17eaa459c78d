package dev.foodmesh.web.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.web.problem.ProblemAssertions.assertProblem;

/**
 * A database outage is a 503 with {@code Retry-After}, never a 500; a database error that
 * is no outage stays a 500.
 */
// generous: the first request of a cold context on a busy 2-core machine can take several
// seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(controllers = TestController.class, properties = "foodmesh.web.outage-retry-after=1500ms")
class OutageProblemsTest {

	@Autowired
	private WebTestClient client;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "refused", "spring-refused", "acquire-timeout", "no-transaction", "admin-shutdown",
			"too-many-connections", "statement-timeout", "lock-timeout", "spring-timeout", "spring-transient",
			"spring-failure" })
	void shouldAnswerADatabaseOutageWith503AndRetryAfter(String kind) {
		String path = "/widgets/outage/" + kind;
		var response = client.get().uri(path).exchange();

		assertProblem(response, 503, "database-unavailable", path).jsonPath("$.detail")
			.isEqualTo("Database is temporarily unavailable; retry after 2 s");
		response.expectHeader().valueEquals("Retry-After", "2");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "internal", "bad-data" })
	void shouldKeepADatabaseErrorThatIsNoOutageA500(String kind) {
		String path = "/widgets/outage/" + kind;
		var response = client.get().uri(path).exchange();

		assertProblem(response, 500, "internal-error", path);
		response.expectHeader().doesNotExist("Retry-After");
	}

	@Test
	void shouldAnswerARefusedConnectionToAnotherServiceWith503() {
		var response = client.get().uri("/widgets/outage/http-refused").exchange();

		assertProblem(response, 503, "dependency-unavailable", "/widgets/outage/http-refused");
		response.expectHeader().valueEquals("Retry-After", "2");
	}

	@Test
	void shouldAnswerAnOutageOutsideTheControllersWith503Too() {
		var response = client.get().uri(FailingFilter.OUTAGE_PATH).exchange();

		assertProblem(response, 503, "database-unavailable", FailingFilter.OUTAGE_PATH);
		response.expectHeader().valueEquals("Retry-After", "2");
	}

}
