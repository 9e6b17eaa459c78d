package dev.foodmesh.infra.drill;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What shows, in the services' own databases, that the saga moves through a part again
 * after a fault: rows written after a moment. A probe order placed after each repair
 * gives every part work even when the load has ended.
 *
 * @param checks each a database and a count of rows newer than the moment (bound to every
 * {@code ?}); all must be above 0. Empty: the probe order's {@code 201} is the progress
 * (user- and restaurant-service, which only answer order-service's lookups).
 */
record Progress(List<Check> checks) {

	/** One database and a query counting rows newer than the moment. */
	record Check(String service, String sql) {
	}

	private static final Check PAYMENTS = new Check("payment", "select count(*) from payments where updated_at > ?");

	private static final Check DELIVERIES = new Check("delivery", """
			select count(*) from deliveries
			where greatest(requested_at, assigned_at, picked_up_at, completed_at, failed_at, released_at) > ?""");

	private static final Check ORDER_HISTORY = new Check("order", "select count(*) from order_history where at > ?");

	/**
	 * Statuses only payment and delivery events bring: the whole loop through Kafka works
	 * again.
	 */
	private static final Check ORDERS_ADVANCED = new Check("order", """
			select count(*) from order_history
			where at > ? and status in ('PAID', 'DELIVERY_SCHEDULED', 'PICKED_UP', 'DELIVERED')""");

	/**
	 * Through Kafka both ways: payment-service took an order event, order-service a
	 * payment or delivery event.
	 */
	static final Progress SAGA = new Progress(List.of(PAYMENTS, ORDERS_ADVANCED));

	/**
	 * The progress only {@code service} (order, payment, delivery, user, restaurant) can
	 * make.
	 */
	static Progress through(String service) {
		return switch (service) {
			case "payment" -> new Progress(List.of(PAYMENTS));
			case "delivery" -> new Progress(List.of(DELIVERIES));
			case "order" -> new Progress(List.of(ORDER_HISTORY, ORDERS_ADVANCED));
			default -> new Progress(List.of());
		};
	}

	/**
	 * Whether every check sees rows newer than {@code since}; false while a database
	 * cannot be reached.
	 */
	boolean madeSince(Databases databases, OffsetDateTime since) {
		try {
			for (Check check : this.checks) {
				if (databases.number(check.service(), check.sql(), since) == 0) {
					return false;
				}
			}
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
