package dev.foodmesh.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.foodmesh.infra.Database;
import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.TestInfrastructure;

/**
 * Read-only SQL on a service's own database, for journeys that check what was (not)
 * written behind the API.
 */
public final class Sql {

	private Sql() {
	}

	/** The first column of the first row as text, or "" when there is no row. */
	public static String first(FoodMeshService service, String sql, Object... parameters) {
		Database database = TestInfrastructure.database(service.serviceName());
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? String.valueOf(result.getObject(1)) : "";
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(service.serviceName() + ": " + sql, ex);
		}
	}

}
