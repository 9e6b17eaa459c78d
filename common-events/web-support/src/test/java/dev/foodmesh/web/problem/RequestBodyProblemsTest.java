package dev.foodmesh.web.problem;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.web.problem.ProblemAssertions.assertProblem;

// generous: the first request of a cold context on a busy 2-core machine can take several seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(controllers = TestController.class, properties = "spring.http.codecs.max-in-memory-size=2KB")
class RequestBodyProblemsTest {

	private static final String OWNER = "\"ownerId\":\"11111111-1111-4111-8111-111111111111\"";

	@Autowired
	private WebTestClient client;

	@Test
	void shouldAcceptAValidBody() {
		post("{\"name\":\"w\",\"quantity\":2," + OWNER + "}").expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Location");
	}

	@Test
	void shouldAnswerMalformedJsonWith400() {
		assertProblem(post("{\"name\": \"w\","), 400, "malformed-json", "/widgets");
	}

	@Test
	void shouldNameTheFieldWithTheWrongType() {
		assertProblem(post("{\"name\":\"w\",\"quantity\":\"many\"," + OWNER + "}"), 400, "invalid-field-type",
				"/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("quantity")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be an integer")
			.jsonPath("$.detail")
			.isEqualTo("Invalid request: quantity must be an integer");
	}

	@Test
	void shouldNameANestedFieldWithItsPath() {
		assertProblem(post("{\"name\":\"w\",\"quantity\":1," + OWNER + ",\"parts\":[{\"name\":\"p\",\"weight\":{}}]}"),
				400, "invalid-field-type", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("parts[0].weight");
	}

	@Test
	void shouldListTheAllowedValuesOfAnEnum() {
		assertProblem(post("{\"name\":\"w\",\"quantity\":1," + OWNER + ",\"color\":\"BLUE\"}"), 400,
				"invalid-field-type", "/widgets")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be one of RED, GREEN");
	}

	@Test
	void shouldRejectAUuidFieldThatIsNotAUuid() {
		assertProblem(post("{\"name\":\"w\",\"quantity\":1,\"ownerId\":\"nope\"}"), 400, "invalid-field-type",
				"/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("ownerId")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a UUID");
	}

	@Test
	void shouldRejectANumberTooLargeForTheField() {
		assertProblem(post("{\"name\":\"w\",\"quantity\":99999999999," + OWNER + "}"), 400, "invalid-field-type",
				"/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("quantity");
	}

	@Test
	void shouldRejectABodyOfTheWrongShape() {
		assertProblem(post("[1, 2]"), 400, "invalid-field-type", "/widgets");
	}

	@Test
	void shouldListEveryInvalidField() {
		assertProblem(post("{\"name\":\" \",\"quantity\":51,\"parts\":[{\"name\":\"\",\"weight\":1}]}"), 400,
				"validation-failed", "/widgets")
			.jsonPath("$.errors.length()")
			.isEqualTo(4)
			.jsonPath("$.errors[?(@.field == 'quantity')].message")
			.isEqualTo("must be less than or equal to 50")
			.jsonPath("$.errors[?(@.field == 'ownerId')].message")
			.isEqualTo("must not be null")
			.jsonPath("$.errors[?(@.field == 'parts[0].name')].message")
			.isEqualTo("must not be blank");
	}

	@Test
	void shouldRefuseANulCharacterInAStringFieldNamingTheField() {
		assertProblem(post("{\"name\":\"w\\u0000\",\"quantity\":1," + OWNER + "}"), 400, "validation-failed",
				"/widgets")
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo(StorableText.MESSAGE);
	}

	@Test
	void shouldRefuseANulCharacterInNestedFieldsListsAndMapKeys() {
		assertProblem(
				post("{\"name\":\"w\",\"quantity\":1," + OWNER
						+ ",\"parts\":[{\"name\":\"ok\",\"weight\":1},{\"name\":\"\\u0000\",\"weight\":1}]}"),
				400, "validation-failed", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("parts[1].name");
		assertProblem(post("{\"name\":\"w\",\"quantity\":1," + OWNER + ",\"tags\":[\"a\",\"b\\u0000c\"]}"), 400,
				"validation-failed", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("tags[1]");
		assertProblem(post("{\"name\":\"w\",\"quantity\":1," + OWNER + ",\"stock\":{\"b\\u0000\":1}}"), 400,
				"validation-failed", "/widgets")
			.jsonPath("$.errors[0].message")
			.isEqualTo(StorableText.MESSAGE);
	}

	@Test
	void shouldRefuseAnUnpairedSurrogateButAcceptAPair() {
		assertProblem(post("{\"name\":\"w\\ud83d\",\"quantity\":1," + OWNER + "}"), 400, "validation-failed",
				"/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		assertProblem(post("{\"name\":\"\\ude00w\",\"quantity\":1," + OWNER + "}"), 400, "validation-failed",
				"/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		post("{\"name\":\"pizza \\ud83c\\udf55\",\"quantity\":1," + OWNER + ",\"tags\":[\"\uD83C\uDF55\"]}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("pizza \uD83C\uDF55");
	}

	@Test
	void shouldStillReadNumbersAsTextAndNullAsMissing() {
		post("{\"name\":5,\"quantity\":1," + OWNER + "}").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("5");
		assertProblem(post("{\"name\":null,\"quantity\":1," + OWNER + "}"), 400, "validation-failed", "/widgets")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not be blank");
	}

	@Test
	void shouldRequireABody() {
		assertProblem(post(""), 400, "missing-body", "/widgets");
	}

	@Test
	void shouldTreatAJsonNullBodyAsMissing() {
		assertProblem(post("null"), 400, "missing-body", "/widgets");
	}

	@Test
	void shouldAnswerAnOversizeBodyWith413() {
		String padding = "x".repeat(4096);
		assertProblem(post("{\"name\":\"" + padding + "\",\"quantity\":1," + OWNER + "}"), 413, "content-too-large",
				"/widgets");
	}

	@Test
	void shouldAnswerAnUnsupportedMediaTypeWith415() {
		assertProblem(client.post().uri("/widgets").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange(),
				415, "unsupported-media-type", "/widgets");
	}

	private WebTestClient.ResponseSpec post(String json) {
		return client.post().uri("/widgets").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

}
