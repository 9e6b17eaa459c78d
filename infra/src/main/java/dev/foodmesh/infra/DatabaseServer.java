package dev.foodmesh.infra;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Postgres server the tests and the local fleet create FoodMesh databases in: the
 * in-JVM {@link PostgresServer}, or a container when the tests run with
 * {@code -Dfoodmesh.test.infra=testcontainers}. The password of every role it creates is
 * the role name: such a server is for development and tests only.
 */
public interface DatabaseServer extends Closeable {

	/**
	 * What a role or database name may be: a plain lower-case identifier, never quoted,
	 * so never injected.
	 */
	Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	String host();

	int port();

	/** A connection as the superuser to the {@code postgres} database. */
	Connection superuserConnection() throws SQLException;

	/** Stops the server. */
	@Override
	void close();

	/** Creates, if absent, the database and login role of each of the five services. */
	default List<Database> createServiceDatabases() {
		return Arrays.stream(FoodMeshService.values())
			.map((service) -> createDatabase(service.databaseName()))
			.toList();
	}

	/**
	 * Creates, if absent, a login role named {@code name} with password {@code name} and
	 * a database of the same name owned by it. Repeatable, and safe to call concurrently:
	 * calls on one server run one at a time (it holds the server's monitor, as
	 * {@code synchronized} would), so two callers never race to create the same role.
	 * @param name a lower-case SQL identifier, e.g. {@code foodmesh_order}
	 * @return how to connect to the database as its owner
	 */
	default Database createDatabase(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case identifier: '" + name + "'");
		}
		synchronized (this) {
			try (Connection connection = superuserConnection()) {
				if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("create role " + name + " login password '" + name + "'");
					}
				}
				if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("create database " + name + " owner " + name);
					}
				}
			}
			catch (SQLException ex) {
				// a parallel JVM on the same server may have won the race: re-check
				// before failing
				if (!"42P04".equals(ex.getSQLState()) && !"42710".equals(ex.getSQLState())) {
					throw new IllegalStateException("Could not create database " + name, ex);
				}
			}
		}
		return database(name);
	}

	/**
	 * Where the database {@code name} is, logging in as its owner role (it is not created
	 * here).
	 */
	default Database database(String name) {
		return new Database(host(), port(), name, name, name);
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

}
