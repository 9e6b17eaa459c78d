package dev.foodmesh.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 10, item 3: the bundled Postgres init script, exactly as the chart renders it,
 * run the way the postgres:18 image's entrypoint runs it (bash, psql as the superuser,
 * each role's password in an environment variable) against a real Postgres 18, with
 * password authentication for every role but the superuser. Then each service's role, as
 * its ConfigMap names it, opens its own database, is refused every other one
 * ({@code CONNECT} revoked from PUBLIC), and migrates its database with its own Flyway
 * migrations. The script needs {@code psql} (a client of any version since 9.6: it uses
 * {@code \gexec}); without one on the PATH the test is skipped and says so.
 */
class PostgresInitScriptIT {

	private static final String SCRIPT = "10-foodmesh-databases.sh";

	private static PostgresServer postgres;

	/**
	 * Service → its database settings from its ConfigMap, with the password the test gave
	 * the script.
	 */
	private static final Map<String, Role> roles = new TreeMap<>();

	record Role(String name, String database, String password) {
	}

	@BeforeAll
	static void runTheRenderedScript() throws Exception {
		Assumptions.assumeTrue(onPath("psql"), "psql is not on the PATH: the init script cannot be run");
		RenderedChart chart = RenderedChart.of("default");
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> env = Yamls.map(chart.get("ConfigMap", service), "data");
			roles.put(service, new Role(String.valueOf(env.get("FOODMESH_DB_USERNAME")),
					String.valueOf(env.get("FOODMESH_DB_NAME")), "pw-" + service));
		}
		postgres = PostgresServer.startForTests();
		requirePasswords(postgres);
		Path script = Files.createTempFile("foodmesh-init-", ".sh");
		Files.writeString(script,
				String.valueOf(Yamls.map(chart.get("ConfigMap", "foodmesh-postgres-init"), "data").get(SCRIPT)));
		ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
		bash.environment()
			.putAll(Map.of("POSTGRES_USER", "postgres", "PGHOST", postgres.host(), "PGPORT",
					Integer.toString(postgres.port())));
		roles.forEach((service, role) -> bash.environment().put(passwordVariable(chart, service), role.password()));
		Process process = bash.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("the init script failed:\n%s", output).isZero();
	}

	@AfterAll
	static void stop() {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void shouldLetEachRoleIntoItsOwnDatabaseWithItsPassword() throws SQLException {
		for (Role role : roles.values()) {
			try (Connection connection = connect(role.database(), role.name(), role.password());
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select current_user, current_database()")) {
				result.next();
				assertThat(List.of(result.getString(1), result.getString(2))).containsExactly(role.name(),
						role.database());
			}
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> connect(role.database(), role.name(), "not-" + role.password()).close())
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
		}
	}

	@Test
	void shouldRefuseEveryRoleTheOtherServicesDatabases() {
		for (Role role : roles.values()) {
			for (Role other : roles.values()) {
				if (other != role) {
					assertThatExceptionOfType(SQLException.class).as("%s into %s", role.name(), other.database())
						.isThrownBy(() -> connect(other.database(), role.name(), role.password()).close())
						.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
				}
			}
		}
	}

	@Test
	void shouldLetEachRoleMigrateItsDatabaseWithItsOwnMigrations() {
		roles.forEach((service, role) -> {
			Path migrations = ChartTools.REPO.resolve(service + "/src/main/resources/db/migration").toAbsolutePath();
			int applied = Flyway.configure()
				.dataSource(url(role.database()), role.name(), role.password())
				.locations("filesystem:" + migrations)
				.load()
				.migrate().migrationsExecuted;
			assertThat(applied).as("%s's migrations as %s", service, role.name()).isPositive();
		});
	}

	/**
	 * Everyone but the superuser (the image's entrypoint connects as it over the socket)
	 * needs a password.
	 */
	private static void requirePasswords(PostgresServer server) throws Exception {
		Files.writeString(server.dataDirectory().resolve("pg_hba.conf"), """
				local all postgres trust
				host all postgres 127.0.0.1/32 trust
				host all postgres ::1/128 trust
				host all all 127.0.0.1/32 scram-sha-256
				host all all ::1/128 scram-sha-256
				""");
		try (Connection connection = server.superuserConnection(); Statement statement = connection.createStatement()) {
			statement.execute("select pg_reload_conf()");
		}
	}

	/** The variable the Postgres StatefulSet fills from the service's database Secret. */
	private static String passwordVariable(RenderedChart chart, String service) {
		String variable = service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PASSWORD";
		Map<String, Object> container = Yamls
			.maps(chart.get("StatefulSet", "foodmesh-postgres"), "spec.template.spec.containers")
			.get(0);
		assertThat(Yamls.maps(container, "env")).extracting((e) -> e.get("name")).contains(variable);
		return variable;
	}

	private static Connection connect(String database, String user, String password) throws SQLException {
		return DriverManager.getConnection(url(database), user, password);
	}

	private static String url(String database) {
		return "jdbc:postgresql://" + postgres.host() + ":" + postgres.port() + "/" + database;
	}

	private static boolean onPath(String command) {
		String path = System.getenv().getOrDefault("PATH", "");
		return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
			.anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

}
