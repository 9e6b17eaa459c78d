package dev.foodmesh.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Saga latency measured where the saga is recorded: order-service's {@code order_history}
 * in Postgres, from the order's {@code created_at} (placement) to the first {@code PAID}
 * and the first {@code DELIVERY_SCHEDULED} entry. Server-side, so the client's own delays
 * do not count, and for every order placed in a window, whether the client saw its answer
 * or not.
 */
public final class SagaLatencies {

	private static final String QUERY = """
			select extract(epoch from min(h.at) filter (where h.status = 'PAID') - o.created_at) * 1000,
			       extract(epoch from min(h.at) filter (where h.status = 'DELIVERY_SCHEDULED') - o.created_at) * 1000
			from orders o
			left join order_history h on h.order_id = o.id and h.status in ('PAID', 'DELIVERY_SCHEDULED')
			where o.created_at >= ? and o.created_at < ?
			group by o.id, o.created_at""";

	private static final String UNSETTLED = """
			select count(*) from orders where created_at >= ? and status in ('PAYMENT_PENDING', 'PAID')""";

	private final String jdbcUrl;

	private final String user;

	private final String password;

	public SagaLatencies(String jdbcUrl, String user, String password) {
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
	}

	/** The sagas of the orders created in [{@code from}, {@code to}). */
	public Sagas between(Instant from, Instant to) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(QUERY)) {
			statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
			statement.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
			SagaSamples samples = new SagaSamples();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					samples.add(millis(rows, 1), millis(rows, 2));
				}
			}
			return samples.sagas();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	/**
	 * Orders created since {@code since} whose saga is still under way before a courier:
	 * awaiting payment, or paid and awaiting a courier. Consumer lag counts records as
	 * consumed once fetched, so lag 0 does not yet mean that every saga has moved on.
	 */
	public int unsettledSince(Instant since) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(UNSETTLED)) {
			statement.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, this.user, this.password);
	}

	private IllegalStateException failure(SQLException ex) {
		return new IllegalStateException("Could not read the sagas from " + this.jdbcUrl + " (order_history of "
				+ "order-service): " + ex.getMessage(), ex);
	}

	/** Milliseconds, or infinity for a status the order never reached. */
	private static double millis(ResultSet rows, int column) throws SQLException {
		double value = rows.getDouble(column);
		return rows.wasNull() ? Double.POSITIVE_INFINITY : value;
	}

	/**
	 * The sagas of a window.
	 *
	 * @param orders orders created in it
	 * @param toPaid placement to {@code PAID}
	 * @param toScheduled placement to {@code DELIVERY_SCHEDULED}
	 * @param notScheduled orders that had not reached {@code DELIVERY_SCHEDULED} when
	 * asked (still waiting, or cancelled: declined, no courier), counted as infinitely
	 * late in {@code toScheduled}
	 */
	public record Sagas(int orders, LatencySummary toPaid, LatencySummary toScheduled, int notScheduled) {

		public static final Sagas NONE = new Sagas(0, LatencySummary.NONE, LatencySummary.NONE, 0);

	}

}
