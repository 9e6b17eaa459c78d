package dev.foodmesh.payment;

import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Counts the statements of one kind (insert or update) that write payments of the orders
 * it watches, with a trigger on {@code payments} run once per statement: the statements
 * that committed (in a log table, which rolls back with its statement) and every one
 * tried (a sequence, whose increments survive a rollback). It can also make such
 * statements fail for chosen orders, after counting them. For a test of the shared
 * application context: it removes itself afterwards.
 */
final class PaymentStatementLog {

	private final DatabaseClient db;

	private final String operation;

	private final String name;

	/** A log of {@code INSERT} or {@code UPDATE} statements. */
	PaymentStatementLog(DatabaseClient db, String operation) {
		this.db = db;
		this.operation = operation;
		this.name = "it_payment_" + operation.toLowerCase(Locale.ROOT) + "s";
	}

	void install(Collection<UUID> watched) {
		remove();
		run("CREATE TABLE " + name + "_watched (order_id uuid PRIMARY KEY)");
		run("CREATE TABLE " + name + "_refused (order_id uuid PRIMARY KEY)");
		run("CREATE TABLE " + name + " (statement bigint NOT NULL, order_id uuid NOT NULL)");
		run("CREATE SEQUENCE " + name + "_tried");
		run("""
				CREATE FUNCTION %1$s_log() RETURNS trigger LANGUAGE plpgsql AS $$
				DECLARE
				    statement bigint;
				BEGIN
				    IF EXISTS (SELECT 1 FROM written JOIN %1$s_watched USING (order_id)) THEN
				        statement := nextval('%1$s_tried');
				        INSERT INTO %1$s SELECT statement, order_id FROM written;
				    END IF;
				    IF EXISTS (SELECT 1 FROM written JOIN %1$s_refused USING (order_id)) THEN
				        RAISE EXCEPTION 'refused by the test';
				    END IF;
				    RETURN NULL;
				END $$""".formatted(name));
		run("CREATE TRIGGER %1$s_log AFTER %2$s ON payments REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION %1$s_log()"
			.formatted(name, operation));
		watched.forEach((orderId) -> this.db.sql("INSERT INTO " + name + "_watched VALUES (:orderId)")
			.bind("orderId", orderId)
			.then()
			.block());
	}

	/** Makes every statement of this kind that writes the order's payment fail. */
	void refuse(UUID orderId) {
		this.db.sql("INSERT INTO " + name + "_refused VALUES (:orderId)").bind("orderId", orderId).then().block();
	}

	void accept(UUID orderId) {
		this.db.sql("DELETE FROM " + name + "_refused WHERE order_id = :orderId")
			.bind("orderId", orderId)
			.then()
			.block();
	}

	/** Committed statements that wrote payments of these orders. */
	long committedStatements(Collection<UUID> orderIds) {
		return this.db.sql("SELECT count(DISTINCT statement) FROM " + name + " WHERE order_id = ANY(:orderIds)")
			.bind("orderIds", orderIds.toArray(UUID[]::new))
			.mapValue(Long.class)
			.one()
			.block();
	}

	/**
	 * Statements tried, committed or rolled back, that wrote a watched order's payment.
	 */
	long triedStatements() {
		return this.db.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + name + "_tried")
			.mapValue(Long.class)
			.one()
			.block();
	}

	void remove() {
		run("DROP TRIGGER IF EXISTS " + name + "_log ON payments");
		run("DROP FUNCTION IF EXISTS " + name + "_log()");
		run("DROP SEQUENCE IF EXISTS " + name + "_tried");
		run("DROP TABLE IF EXISTS " + name);
		run("DROP TABLE IF EXISTS " + name + "_watched");
		run("DROP TABLE IF EXISTS " + name + "_refused");
	}

	private void run(String sql) {
		this.db.sql(sql).then().block();
	}

}
