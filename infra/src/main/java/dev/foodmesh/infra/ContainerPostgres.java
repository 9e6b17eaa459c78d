package dev.foodmesh.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Postgres 18 in a Docker container, for {@code -Dfoodmesh.test.infra=testcontainers}.
 */
final class ContainerPostgres implements DatabaseServer {

	/**
	 * The major version the in-JVM server runs (zonky's binaries,
	 * {@code postgres-binaries.version}).
	 */
	static final String IMAGE = "postgres:18";

	private final PostgreSQLContainer container;

	private ContainerPostgres(PostgreSQLContainer container) {
		this.container = container;
	}

	/**
	 * Pulls (once) and starts the container; blocks until Postgres accepts connections.
	 */
	static ContainerPostgres start() {
		// the same settings the in-JVM test server runs with: no durability is needed for
		// throw-away data
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withCommand("postgres", "-c", "fsync=off", "-c",
				"synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300");
		container.start();
		return new ContainerPostgres(container);
	}

	@Override
	public String host() {
		return this.container.getHost();
	}

	@Override
	public int port() {
		return this.container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
	}

	@Override
	public Connection superuserConnection() throws SQLException {
		return DriverManager.getConnection(
				this.container.getJdbcUrl().replace("/" + this.container.getDatabaseName(), "/postgres"),
				this.container.getUsername(), this.container.getPassword());
	}

	@Override
	public void close() {
		this.container.stop();
	}

}
