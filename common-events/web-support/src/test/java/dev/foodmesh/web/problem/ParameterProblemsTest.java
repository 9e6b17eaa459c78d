package dev.foodmesh.web.problem;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.web.problem.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

// generous: the first request of a cold context on a busy 2-core machine can take several seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(TestController.class)
class ParameterProblemsTest {

	@Autowired
	private WebTestClient client;

	@Test
	void shouldRejectAPathIdThatIsNotAUuid() {
		assertProblem(get("/widgets/42"), 400, "invalid-parameter", "/widgets/42").jsonPath("$.errors[0].field")
			.isEqualTo("id")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a UUID");
	}

	@Test
	void shouldRejectABlankPathId() {
		// the UUID converter turns blank text into null, which WebFlux reports as a
		// server error
		for (String blank : new String[] { "%20", "%20%20", "%09" }) {
			assertProblem(get("/widgets/" + blank), 400, "invalid-parameter", "/widgets/" + blank)
				.jsonPath("$.errors[0].field")
				.isEqualTo("id")
				.jsonPath("$.errors[0].message")
				.isEqualTo("must be a UUID");
		}
	}

	@Test
	void shouldRejectAQueryParameterOfTheWrongType() {
		assertProblem(get("/widgets/search?limit=ten&term=x"), 400, "invalid-parameter", "/widgets/search")
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be an integer");
	}

	@Test
	void shouldRejectAQueryParameterOutOfRange() {
		assertProblem(get("/widgets/search?limit=11&term=x"), 400, "validation-failed", "/widgets/search")
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be less than or equal to 10");
	}

	@Test
	void shouldRequireARequiredQueryParameter() {
		assertProblem(get("/widgets/search?limit=1"), 400, "invalid-parameter", "/widgets/search")
			.jsonPath("$.errors[0].field")
			.isEqualTo("term")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is required");
	}

	@Test
	void shouldDefaultThePageQuery() {
		get("/widgets").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(0)
			.jsonPath("$.size")
			.isEqualTo(20)
			.jsonPath("$.totalItems")
			.isEqualTo(42)
			.jsonPath("$.totalPages")
			.isEqualTo(3)
			.jsonPath("$.items.length()")
			.isEqualTo(2);
	}

	@Test
	void shouldTakeTheRequestedPage() {
		get("/widgets?page=4&size=10").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page")
			.isEqualTo(4)
			.jsonPath("$.size")
			.isEqualTo(10)
			.jsonPath("$.totalPages")
			.isEqualTo(5);
	}

	@Test
	void shouldNameEveryInvalidPagingParameter() {
		assertProblem(get("/widgets?page=-1&size=101"), 400, "invalid-parameter", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("page")
			.jsonPath("$.errors[1].field")
			.isEqualTo("size")
			.jsonPath("$.errors[1].message")
			.isEqualTo("must be an integer between 1 and 100");
	}

	@Test
	void shouldRejectAPageSizeThatIsNotANumber() {
		assertProblem(get("/widgets?size=lots"), 400, "invalid-parameter", "/widgets").jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	@Test
	void shouldRefuseANulCharacterInAQueryParameterNamingIt() {
		assertProblem(get("/widgets/search?limit=1&term=a%00b"), 400, "invalid-parameter", "/widgets/search")
			.jsonPath("$.errors[0].field")
			.isEqualTo("term")
			.jsonPath("$.errors[0].message")
			.isEqualTo(StorableText.MESSAGE);
	}

	@Test
	void shouldRefuseANulCharacterInAHeaderNamingIt() {
		assertProblem(client.get().uri("/widgets").header("Idempotency-Key", "k\u0000").exchange(), 400,
				"invalid-parameter", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("Idempotency-Key");
	}

	@Test
	void shouldRefuseAnAcceptHeaderThatIsNotAMediaTypeNamingIt() {
		// an endpoint that declares what it produces answered this with an empty 406
		for (String endpoint : new String[] { "/widgets/strict", "/widgets" }) {
			assertProblem(client.get().uri(endpoint).header("Accept", "garbage/").exchange(), 400, "invalid-parameter",
					endpoint)
				.jsonPath("$.errors[0].field")
				.isEqualTo("Accept")
				.jsonPath("$.errors[0].message")
				.isEqualTo(AcceptHeaderFilter.MESSAGE);
		}
	}

	@Test
	void shouldRefuseANulCharacterInThePath() {
		// a text path variable: without the check, the NUL would reach the handler
		get("/widgets/echo/a%20b").expectStatus().isOk().expectBody(String.class).isEqualTo("a b");
		assertProblem(get("/widgets/echo/a%00b"), 400, "invalid-parameter", "/widgets/echo/a%00b")
			.jsonPath("$.errors[0].field")
			.isEqualTo("path");
	}

	@Test
	void shouldNotLetAPageReachBeyondTheWindow() {
		get("/widgets?page=99&size=100").expectStatus().isOk();
		get("/widgets?page=499").expectStatus().isOk();
		assertProblem(get("/widgets?page=100&size=100"), 400, "invalid-parameter", "/widgets")
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo("page")
			.jsonPath("$.errors[0].message")
			.value(String.class, message -> assertThat(message).startsWith("must be an integer between 0 and 99 ")
				.contains("10000"));
		assertProblem(get("/widgets?page=500"), 400, "invalid-parameter", "/widgets").jsonPath("$.errors[0].field")
			.isEqualTo("page");
		assertProblem(get("/widgets?page=2147483647&size=1"), 400, "invalid-parameter", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("page");
	}

	/** Sent as written: {@code %00} stays one escaped NUL. */
	private WebTestClient.ResponseSpec get(String uri) {
		return client.get().uri(URI.create(uri)).exchange();
	}

}
