package dev.foodmesh.payment;

import java.util.Collection;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Counts the statements that insert payments of the orders it watches, with a trigger on
 * {@code payments} run once per statement: the statements that committed (in a log table,
 * which rolls back with its statement) and every one tried (a sequence, whose increments
 * survive a rollback). For a test of the shared application context: it removes itself
 * afterwards.
 */
final class PaymentInsertLog {

	private final DatabaseClient db;

	PaymentInsertLog(DatabaseClient db) {
		this.db = db;
	}

	void install(Collection<UUID> orderIds) {
		remove();
		run("CREATE TABLE it_watched_orders (order_id uuid PRIMARY KEY)");
		run("CREATE TABLE it_payment_inserts (statement bigint NOT NULL, order_id uuid NOT NULL)");
		run("CREATE SEQUENCE it_payment_inserts_tried");
		run("""
				CREATE FUNCTION it_log_payment_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
				DECLARE
				    statement bigint;
				BEGIN
				    IF EXISTS (SELECT 1 FROM inserted JOIN it_watched_orders USING (order_id)) THEN
				        statement := nextval('it_payment_inserts_tried');
				        INSERT INTO it_payment_inserts SELECT statement, order_id FROM inserted;
				    END IF;
				    RETURN NULL;
				END $$""");
		run("""
				CREATE TRIGGER it_log_payment_inserts AFTER INSERT ON payments REFERENCING NEW TABLE AS inserted
				FOR EACH STATEMENT EXECUTE FUNCTION it_log_payment_inserts()""");
		orderIds.forEach((orderId) -> this.db.sql("INSERT INTO it_watched_orders VALUES (:orderId)")
			.bind("orderId", orderId)
			.then()
			.block());
	}

	/** Committed statements that inserted payments of these orders. */
	long committedStatements(Collection<UUID> orderIds) {
		return this.db.sql("SELECT count(DISTINCT statement) FROM it_payment_inserts WHERE order_id = ANY(:orderIds)")
			.bind("orderIds", orderIds.toArray(UUID[]::new))
			.mapValue(Long.class)
			.one()
			.block();
	}

	/**
	 * Statements tried, committed or rolled back, that inserted a watched order's
	 * payment.
	 */
	long triedStatements() {
		return this.db.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM it_payment_inserts_tried")
			.mapValue(Long.class)
			.one()
			.block();
	}

	void remove() {
		run("DROP TRIGGER IF EXISTS it_log_payment_inserts ON payments");
		run("DROP FUNCTION IF EXISTS it_log_payment_inserts()");
		run("DROP SEQUENCE IF EXISTS it_payment_inserts_tried");
		run("DROP TABLE IF EXISTS it_payment_inserts");
		run("DROP TABLE IF EXISTS it_watched_orders");
	}

	private void run(String sql) {
		this.db.sql(sql).then().block();
	}

}
