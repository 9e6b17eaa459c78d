package dev.foodmesh.user.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.testsupport.TokenClients;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;
import dev.foodmesh.web.problem.ConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dev.foodmesh.testsupport.ProblemExpectations.expectProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

// generous: the first request of a cold context on a busy 2-core machine can take several seconds
@AutoConfigureWebTestClient(timeout = "30s")
@WebFluxTest(controllers = UserController.class, properties = DevIssuer.JWKS_PROPERTY)
@Import(UserAccessRules.class)
class UserControllerTest {

	private static final UUID ALICE_ID = UUID.fromString("11111111-1111-4111-8111-111111111111");

	private static final UserRow ALICE = new UserRow(ALICE_ID, "Alice", "alice@example.com", UserStatus.ACTIVE,
			Instant.parse("2025-01-01T00:00:00Z"));

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private UserAccounts accounts;

	/** An operator by default: user administration is theirs (docs/security.md). */
	@BeforeEach
	void actAsOperator() {
		client = as(DevIssuer.operator());
	}

	@Test
	void shouldRefuseEveryRouteWithoutAToken() {
		WebTestClient anonymous = client.mutate()
			.defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
			.build();

		expectProblem(anonymous.get().uri("/users/" + ALICE_ID).exchange(), 401, "unauthorized");
		expectProblem(anonymous.get().uri("/users").exchange(), 401, "unauthorized");
		expectProblem(anonymous.post().uri("/users").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
				401, "unauthorized");
		verifyNoInteractions(accounts);
	}

	@Test
	void shouldLetACustomerReadOnlyTheirOwnRecord() {
		given(accounts.find(ALICE_ID)).willReturn(Mono.just(ALICE));

		as(DevIssuer.customer(ALICE_ID)).get().uri("/users/" + ALICE_ID).exchange().expectStatus().isOk();
		expectProblem(as(DevIssuer.customer(UUID.randomUUID())).get().uri("/users/" + ALICE_ID).exchange(), 403,
				"forbidden");
		expectProblem(as(DevIssuer.courier()).get().uri("/users/" + ALICE_ID).exchange(), 403, "forbidden");
	}

	@Test
	void shouldKeepUserAdministrationToOperators() {
		WebTestClient alice = as(DevIssuer.customer(ALICE_ID));

		expectProblem(alice.get().uri("/users").exchange(), 403, "forbidden");
		expectProblem(alice.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"Eve\",\"email\":\"eve@example.com\"}")
			.exchange(), 403, "forbidden");
		expectProblem(alice.patch()
			.uri("/users/" + ALICE_ID)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"status\":\"ACTIVE\"}")
			.exchange(), 403, "forbidden");
		verifyNoInteractions(accounts);
	}

	@Test
	void shouldAnswerARegistrationWith201AndLocation() {
		given(accounts.register(any())).willReturn(Mono.just(ALICE));

		post("/users", "{\"name\":\"Alice\",\"email\":\"alice@example.com\"}").expectStatus()
			.isCreated()
			.expectHeader()
			.location("/users/" + ALICE_ID)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.createdAt")
			.isEqualTo("2025-01-01T00:00:00Z");
	}

	@Test
	void shouldAnswerATakenEmailWith409() {
		given(accounts.register(any())).willReturn(Mono.error(new ConflictException("email-taken", "taken")));

		expectProblem(post("/users", "{\"name\":\"Alice\",\"email\":\"alice@example.com\"}"), 409, "email-taken");
	}

	@Test
	void shouldNameEveryInvalidRegistrationField() {
		expectProblem(post("/users", "{\"name\":\"\",\"email\":\"not-an-email\"}"), 400, "validation-failed")
			.jsonPath("$.errors[?(@.field == 'name')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'email')].message")
			.isEqualTo("must be a well-formed email address");
		verifyNoInteractions(accounts);
	}

	@Test
	void shouldRejectMalformedJson() {
		expectProblem(post("/users", "{\"name\":"), 400, "malformed-json");
	}

	@Test
	void shouldRejectAFieldOfTheWrongType() {
		expectProblem(post("/users", "{\"name\":[1],\"email\":\"a@b.c\"}"), 400, "invalid-field-type")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void shouldRejectAnOversizeBody() {
		expectProblem(post("/users", "{\"name\":\"" + "n".repeat(70_000) + "\",\"email\":\"a@b.c\"}"), 413,
				"content-too-large");
	}

	@Test
	void shouldRejectAnIdThatIsNotAUuid() {
		expectProblem(client.get().uri("/users/alice").exchange(), 400, "invalid-parameter")
			.jsonPath("$.errors[0].field")
			.isEqualTo("id");
	}

	@Test
	void shouldAnswerAnUnknownUserWith404() {
		given(accounts.find(ALICE_ID)).willReturn(Mono.empty());

		expectProblem(client.get().uri("/users/" + ALICE_ID).exchange(), 404, "user-not-found");
	}

	@Test
	void shouldRejectAnUnknownStatus() {
		expectProblem(patch("{\"status\":\"DELETED\"}"), 400, "invalid-field-type").jsonPath("$.errors[0].message")
			.isEqualTo("must be one of ACTIVE, SUSPENDED");
	}

	@Test
	void shouldRequireAStatusAndANonBlankName() {
		expectProblem(patch("{\"name\":\"  \"}"), 400, "validation-failed").jsonPath("$.errors.length()").isEqualTo(2);
	}

	@Test
	void shouldSuspendAUser() {
		UserRow suspended = new UserRow(ALICE_ID, "Alice", "alice@example.com", UserStatus.SUSPENDED,
				ALICE.createdAt());
		given(accounts.update(eq(ALICE_ID), any())).willReturn(Mono.just(suspended));

		patch("{\"status\":\"SUSPENDED\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPENDED");
	}

	@Test
	void shouldListAPage() {
		PageQuery query = new PageQuery(1, 1);
		given(accounts.list(query)).willReturn(Mono.just(PageView.of(List.of(ALICE), query, 3)));

		client.get()
			.uri("/users?page=1&size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].email")
			.isEqualTo("alice@example.com")
			.jsonPath("$.totalPages")
			.isEqualTo(3);
	}

	@Test
	void shouldRejectAnOutOfRangePageSize() {
		expectProblem(client.get().uri("/users?size=0").exchange(), 400, "invalid-parameter")
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	private WebTestClient as(String token) {
		return TokenClients.sending(client, token);
	}

	private WebTestClient.ResponseSpec post(String uri, String json) {
		return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private WebTestClient.ResponseSpec patch(String json) {
		return client.patch()
			.uri("/users/" + ALICE_ID)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
