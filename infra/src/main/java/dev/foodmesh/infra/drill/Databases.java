package dev.foodmesh.infra.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Read-only SQL against the services' databases on the stack's Postgres (role = password
 * = database name, as the local stack creates them). A connection per query: Postgres is
 * killed during the drill, and a fresh connection is the simplest way through that.
 */
final class Databases {

	/** One result row as its columns, in select order. */
	record Row(List<Object> columns) {

		String text(int index) {
			Object value = this.columns.get(index);
			return (value != null) ? value.toString() : "";
		}

		long number(int index) {
			return ((Number) this.columns.get(index)).longValue();
		}

	}

	private final int port;

	Databases(int port) {
		this.port = port;
	}

	/**
	 * Runs {@code sql} in {@code foodmesh_<service>} with {@code parameters} bound in
	 * order.
	 */
	List<Row> query(String service, String sql, Object... parameters) throws SQLException {
		String database = "foodmesh_" + service;
		Properties login = new Properties();
		login.setProperty("user", database);
		login.setProperty("password", database);
		login.setProperty("connectTimeout", "5");
		login.setProperty("socketTimeout", "60");
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:" + this.port + "/" + database, login);
				PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet result = statement.executeQuery()) {
			List<Row> rows = new ArrayList<>();
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<Object> values = new ArrayList<>(columns);
				for (int i = 1; i <= columns; i++) {
					values.add(result.getObject(i));
				}
				rows.add(new Row(values));
			}
			return rows;
		}
	}

	/** A single number (e.g. a count), 0 for SQL null. */
	long number(String service, String sql, Object... parameters) throws SQLException {
		Object value = query(service, sql, parameters).get(0).columns().get(0);
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
