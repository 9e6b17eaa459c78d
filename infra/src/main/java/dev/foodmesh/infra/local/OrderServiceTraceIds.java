package dev.foodmesh.infra.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.local.traces.OrderTraceIds;

/**
 * Reads an order's trace from order-service's own row: order-service keeps the W3C
 * {@code traceparent} of the {@code POST /orders} that placed an order in
 * {@code orders.traceparent} (migration V2, for its payment-timeout pass), and that trace
 * is the one the outbox carries through every later event of the order. The spans' own
 * attributes do not name the order (the agent records no Kafka key here), so this row is
 * the one reliable key.
 */
final class OrderServiceTraceIds implements OrderTraceIds {

	private static final String QUERY = "select traceparent from orders where id = ?";

	private final String jdbcUrl;

	private final String role;

	OrderServiceTraceIds(int postgresPort) {
		String database = FoodMeshService.ORDER.databaseName();
		this.jdbcUrl = "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
		// the local stack's roles: password = role = database name
		this.role = database;
	}

	@Override
	public Optional<String> of(String orderId) {
		// a connection per question: Postgres may have been killed and started again by a
		// drill in between
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.role, this.role);
				PreparedStatement statement = connection.prepareStatement(QUERY)) {
			statement.setObject(1, UUID.fromString(orderId));
			try (ResultSet row = statement.executeQuery()) {
				return row.next() ? traceId(row.getString(1)) : Optional.empty();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not read the order's trace from order-service's database: " + ex.getMessage(), ex);
		}
	}

	/** {@code 00-<trace id>-<span id>-<flags>} → the trace id. */
	private static Optional<String> traceId(String traceparent) {
		String[] parts = (traceparent != null) ? traceparent.split("-") : new String[0];
		return (parts.length == 4 && parts[1].length() == 32) ? Optional.of(parts[1]) : Optional.empty();
	}

}
