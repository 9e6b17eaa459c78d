package dev.foodmesh.web.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.infra.Database;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.testsupport.OperatorToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code foodmesh.database.*} bounds reach a real Postgres through the service's
 * R2DBC pool, and a statement or a lock wait that runs past them is answered 503 with
 * {@code Retry-After}, not 500 and not a hang.
 */
@AutoConfigureWebTestClient(timeout = "30s")
@SpringBootTest(classes = DatabaseTimeoutsIT.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "foodmesh.database.statement-timeout=300ms", "foodmesh.database.lock-timeout=200ms",
				"foodmesh.database.idle-in-transaction-timeout=45s", "foodmesh.web.outage-retry-after=3s" })
class DatabaseTimeoutsIT {

	private static final String DATABASE = "web-support";

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.r2dbc.url", () -> TestInfrastructure.database(DATABASE).r2dbcUrl());
		registry.add("spring.r2dbc.username", () -> TestInfrastructure.database(DATABASE).username());
		registry.add("spring.r2dbc.password", () -> TestInfrastructure.database(DATABASE).password());
	}

	@BeforeAll
	static void createTheContendedRow() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS counters (id int PRIMARY KEY, n int NOT NULL)");
			statement.execute("INSERT INTO counters VALUES (1, 0) ON CONFLICT DO NOTHING");
		}
	}

	@Test
	void shouldSetTheBoundsOnEveryPooledConnection() {
		this.client.get()
			.uri("/settings")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.statement_timeout")
			.isEqualTo("300ms")
			.jsonPath("$.lock_timeout")
			.isEqualTo("200ms")
			.jsonPath("$.idle_in_transaction_session_timeout")
			.isEqualTo("45s");
	}

	@Test
	void shouldAnswerAStatementThatRunsPastTheTimeoutWith503AndRetryAfter() {
		this.client.get()
			.uri("/slow")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals("Retry-After", "3")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.value((type) -> assertThat(type.toString()).endsWith("database-unavailable"));
	}

	@Test
	void shouldAnswerALockHeldByAnotherConnectionWith503AndRetryAfter() throws SQLException {
		try (Connection holder = connect(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("SELECT n FROM counters WHERE id = 1 FOR UPDATE");

			this.client.post()
				.uri("/increment")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals("Retry-After", "3");

			holder.rollback();
		}
		this.client.post().uri("/increment").exchange().expectStatus().isOk();
	}

	private static Connection connect() throws SQLException {
		Database database = TestInfrastructure.database(DATABASE);
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ Endpoints.class, OperatorToken.class })
	static class App {

	}

	@RestController
	static class Endpoints {

		private final DatabaseClient database;

		Endpoints(DatabaseClient database) {
			this.database = database;
		}

		@GetMapping("/settings")
		Mono<Map<String, Object>> settings() {
			return this.database.sql("SELECT current_setting('statement_timeout') AS statement_timeout,"
					+ " current_setting('lock_timeout') AS lock_timeout,"
					+ " current_setting('idle_in_transaction_session_timeout') AS idle_in_transaction_session_timeout")
				.fetch()
				.one();
		}

		@GetMapping("/slow")
		Mono<Void> slow() {
			return this.database.sql("SELECT pg_sleep(5)").then();
		}

		@PostMapping("/increment")
		Mono<Void> increment() {
			return this.database.sql("UPDATE counters SET n = n + 1 WHERE id = 1").then();
		}

	}

}
