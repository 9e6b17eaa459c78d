package dev.foodmesh.user;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ManagementPort;
import dev.foodmesh.infra.ServiceDocs;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.BlockHoundCanary;
import dev.foodmesh.testsupport.RunningServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on real Postgres with the demo data, BlockHound watching every event
 * loop.
 */
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestInfrastructure.UserService.class)
class UserServiceIT extends RunningServiceTest implements BlockHoundCanary {

	private static final String ALICE = "/users/11111111-1111-4111-8111-111111111111";

	private static final String MALLORY = "/users/11111111-1111-4111-8111-111111111119";

	@Autowired
	private DatabaseClient database;

	@Test
	void shouldServeTheDemoUsers() {
		http.get()
			.uri(ALICE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Alice Active")
			.jsonPath("$.status")
			.isEqualTo("ACTIVE");
		http.get()
			.uri(MALLORY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPENDED");
	}

	@Test
	void shouldRegisterAUserAndFindItAtItsLocation() {
		String email = uniqueEmail();

		String location = register("Dora", email.toUpperCase()).expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/users/[0-9a-f-]{36}")
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();

		http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(email)
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.createdAt")
			.isNotEmpty();
	}

	@Test
	void shouldRefuseASecondUserWithTheSameEmailAndKeepOnlyTheFirst() {
		String email = uniqueEmail();
		register("First", email).expectStatus().isCreated();

		register("Second", email.toUpperCase()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://foodmesh.dev/problems/email-taken");

		assertThat(usersWithEmail(email)).isEqualTo(1);
	}

	@Test
	void shouldWriteNothingForARejectedRegistration() {
		String email = uniqueEmail();

		register("", email).expectStatus().isBadRequest();

		assertThat(usersWithEmail(email)).isZero();
	}

	@Test
	void shouldSuspendAndRenameAUser() {
		String location = register("Eve", uniqueEmail()).returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();

		patch(location, "{\"status\":\"SUSPENDED\",\"name\":\"Eve S.\"}").expectStatus().isOk();

		http.get()
			.uri(location)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUSPENDED")
			.jsonPath("$.name")
			.isEqualTo("Eve S.");
	}

	@Test
	void shouldAnswer404ForAnUnknownUser() {
		String unknown = "/users/" + UUID.randomUUID();
		http.get().uri(unknown).exchange().expectStatus().isNotFound();
		patch(unknown, "{\"status\":\"ACTIVE\"}").expectStatus().isNotFound();
	}

	@Test
	void shouldPageThroughUsersOldestFirst() {
		http.get()
			.uri("/users?page=0&size=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].email")
			.isEqualTo("alice@example.com")
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalItems")
			.value(Integer.class, total -> assertThat(total).isGreaterThanOrEqualTo(4));
	}

	@Test
	void shouldDocumentItselfOnTheManagementPort() {
		ServiceDocs.verify("user-service", managementPort);
	}

	@Test
	void shouldServeOperationsEndpoints() {
		assertThat(ManagementPort.probesUpThenScrape(managementPort)).contains("http_server_requests");
	}

	@Test
	void shouldStartWithoutTheDemoProfileOnADatabaseThatHadIt() {
		// command-line arguments, because application.yml would override default
		// properties
		Stream<String> database = TestInfrastructure.properties("user-service")
			.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue());
		String[] args = Stream.concat(database, Stream.of("--server.port=0", "--management.server.port=0"))
			.toArray(String[]::new);

		try (ConfigurableApplicationContext context = new SpringApplication(UserServiceApplication.class).run(args)) {
			assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
		}
	}

	private WebTestClient.ResponseSpec register(String name, String email) {
		return http.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}")
			.exchange();
	}

	private WebTestClient.ResponseSpec patch(String location, String json) {
		return http.patch().uri(location).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

	private long usersWithEmail(String email) {
		return database.sql("SELECT count(*) FROM users WHERE email = :email")
			.bind("email", email)
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

}
