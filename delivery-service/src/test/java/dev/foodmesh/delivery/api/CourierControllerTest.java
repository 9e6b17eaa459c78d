package dev.foodmesh.delivery.api;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.delivery.application.CourierQueries;
import dev.foodmesh.delivery.application.OnboardCourier;
import dev.foodmesh.delivery.application.Page;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.testsupport.TokenClients;

@WebFluxTest(controllers = CourierController.class, properties = DevIssuer.JWKS_PROPERTY)
@Import(DeliveryAccessRules.class)
class CourierControllerTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void authenticate() {
		client = TokenClients.sending(client, DevIssuer.operator());
	}

	@MockitoBean
	private CourierQueries queries;

	@MockitoBean
	private OnboardCourier onboardCourier;

	@Test
	void shouldListTheCouriersOfACityAsAPage() {
		Courier ada = courier("Ada", "Berlin");
		given(queries.find(eq("Berlin"), any(PageRequest.class)))
			.willReturn(Mono.just(new Page<>(List.of(ada), new PageRequest(0, 1), 3)));

		client.get()
			.uri("/couriers?city=Berlin&size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].name")
			.isEqualTo("Ada")
			.jsonPath("$.items[0].status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.size")
			.isEqualTo(1)
			.jsonPath("$.totalItems")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(3);
	}

	@Test
	void shouldRejectAnEmptyCity() {
		client.get()
			.uri("/couriers?city=")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("city");
	}

	@Test
	void shouldRefuseABodyOverTheSizeLimitWithoutOnboardingAnyone() {
		String huge = "{\"name\":\"Eve\",\"city\":\"Berlin\",\"padding\":\"" + "x".repeat(100_000) + "\"}";

		client.post()
			.uri("/couriers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(huge)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(onboardCourier).should(never()).onboard(anyString(), anyString());
	}

	@Test
	void shouldRejectAPageSizeOfZero() {
		client.get()
			.uri("/couriers?size=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/invalid-parameter");
	}

	@Test
	void shouldShowOneCourier() {
		Courier ada = courier("Ada", "Berlin");
		given(queries.find(ada.id())).willReturn(Mono.just(ada));

		client.get()
			.uri("/couriers/{id}", ada.id().value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(ada.id().toString())
			.jsonPath("$.name")
			.isEqualTo("Ada")
			.jsonPath("$.city")
			.isEqualTo("Berlin")
			.jsonPath("$.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.statusSince")
			.isEqualTo("2026-11-25T12:00:00Z");
	}

	@Test
	void shouldAnswer404ForAnUnknownCourier() {
		given(queries.find(any(CourierId.class))).willReturn(Mono.empty());

		expectProblem(client.get().uri("/couriers/{id}", UUID.randomUUID()).exchange(), 404, "courier-not-found");
	}

	@Test
	void shouldRejectACourierIdThatIsNotAUuid() {
		expectProblem(client.get().uri("/couriers/not-a-uuid").exchange(), 400, "invalid-parameter")
			.jsonPath("$.errors[0].field")
			.isEqualTo("id");
	}

	@Test
	void shouldHireACourierAndAnswerItWithItsLocation() {
		Courier ada = courier("Ada Lovelace", "Berlin");
		given(onboardCourier.onboard("Ada Lovelace", "Berlin")).willReturn(Mono.just(ada));

		post(Map.of("name", "  Ada Lovelace ", "city", "\tBerlin\n")).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/couriers/" + ada.id())
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(ada.id().toString())
			.jsonPath("$.name")
			.isEqualTo("Ada Lovelace")
			.jsonPath("$.city")
			.isEqualTo("Berlin")
			.jsonPath("$.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.statusSince")
			.isEqualTo("2026-11-25T12:00:00Z");
	}

	@Test
	void shouldAcceptANameOfAHundredCharactersAfterStripping() {
		String longest = "N".repeat(100);
		given(onboardCourier.onboard(longest, "Berlin")).willReturn(Mono.just(courier(longest, "Berlin")));

		post(Map.of("name", " " + longest + " ", "city", "Berlin")).expectStatus().isCreated();
	}

	@Test
	void shouldRejectAMissingName() {
		expectInvalidField(post(Map.of("city", "Berlin")), "name");
	}

	@Test
	void shouldRejectAMissingCity() {
		expectInvalidField(post(Map.of("name", "Ada")), "city");
	}

	@Test
	void shouldRejectABlankName() {
		expectInvalidField(post(Map.of("name", " \t ", "city", "Berlin")), "name");
	}

	@Test
	void shouldRejectAnEmptyCityWhenHiring() {
		expectInvalidField(post(Map.of("name", "Ada", "city", "")), "city");
	}

	@Test
	void shouldRejectANameLongerThanAHundredCharacters() {
		expectInvalidField(post(Map.of("name", "N".repeat(101), "city", "Berlin")), "name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("size must be between 0 and 100");
	}

	@Test
	void shouldRejectACityLongerThanAHundredCharacters() {
		expectInvalidField(post(Map.of("name", "Ada", "city", "C".repeat(101))), "city");
	}

	@Test
	void shouldRejectANulCharacter() {
		expectInvalidField(post(Map.of("name", "Ada\u0000", "city", "Berlin")), "name").jsonPath("$.errors[0].message")
			.isEqualTo("must not contain control characters or unpaired surrogates");
		expectInvalidField(post(Map.of("name", "Ada", "city", "\u0000Berlin")), "city");
	}

	@Test
	void shouldRejectControlCharactersInside() {
		expectInvalidField(post(Map.of("name", "Ada\nLovelace", "city", "Berlin")), "name");
		expectInvalidField(post(Map.of("name", "Ada", "city", "Ber\u007Flin")), "city");
		expectInvalidField(post(Map.of("name", "Ada\u0085", "city", "Berlin")), "name");
	}

	@Test
	void shouldRejectANameOfTheWrongType() {
		expectProblem(postRaw("{\"name\": {\"first\": \"Ada\"}, \"city\": \"Berlin\"}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		expectProblem(postRaw("{\"name\": [\"Ada\"], \"city\": \"Berlin\"}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void shouldRejectANameThatIsNotAString() {
		expectProblem(postRaw("{\"name\": 5, \"city\": \"Berlin\"}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a string");
		expectProblem(postRaw("{\"name\": \"Ada\", \"city\": true}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("city");
	}

	@Test
	void shouldRejectAnUnpairedSurrogate() {
		expectInvalidField(postRaw("{\"name\": \"Ada\\ud800\", \"city\": \"Berlin\"}"), "name");
	}

	@Test
	void shouldAcceptAnyCityAndNamesBeyondAscii() {
		given(onboardCourier.onboard("Zoë 🚲", "Şanlıurfa")).willReturn(Mono.just(courier("Zoë 🚲", "Şanlıurfa")));

		post(Map.of("name", "Zoë 🚲", "city", "Şanlıurfa")).expectStatus().isCreated();
	}

	@Test
	void shouldRejectMalformedJson() {
		expectProblem(postRaw("{\"name\": \"Ada\", \"city\": "), 400, "malformed-json");
	}

	@Test
	void shouldRejectAMissingOrNullBody() {
		expectProblem(postRaw(""), 400, "missing-body");
		expectProblem(postRaw("null"), 400, "missing-body");
	}

	@Test
	void shouldRejectABodyThatIsNotAnObject() {
		expectProblem(postRaw("[\"Ada\", \"Berlin\"]"), 400, "invalid-field-type");
		expectProblem(postRaw("\"Ada\""), 400, "invalid-field-type");
	}

	@Test
	void shouldRejectABodyThatIsNotJson() {
		expectProblem(
				client.post().uri("/couriers").contentType(MediaType.TEXT_PLAIN).bodyValue("Ada, Berlin").exchange(),
				415, "unsupported-media-type");
	}

	// every shouldReject… test sends bad input only, which must never reach the use case
	@AfterEach
	void hiresNobodyForBadInput(TestInfo test) {
		if (test.getTestMethod().orElseThrow().getName().startsWith("shouldReject")) {
			then(onboardCourier).should(never()).onboard(anyString(), anyString());
		}
	}

	private WebTestClient.ResponseSpec post(Map<String, String> body) {
		return client.post().uri("/couriers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private WebTestClient.ResponseSpec postRaw(String json) {
		return client.post().uri("/couriers").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private WebTestClient.BodyContentSpec expectInvalidField(WebTestClient.ResponseSpec response, String field) {
		return expectProblem(response, 400, "validation-failed").jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains(field));
	}

	private static Courier courier(String name, String city) {
		return new Courier(new CourierId(UUID.randomUUID()), name, city, CourierStatus.AVAILABLE, NOW);
	}

}
