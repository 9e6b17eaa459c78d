package dev.foodmesh.messaging.retention;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A table whose rows are deleted once their timestamp is older than {@code maxAge}.
 * Declare one as a bean to have the kit's retention pass prune a service's own table; the
 * timestamp column should be indexed (B-tree or BRIN), since every batch looks for the
 * oldest rows by it.
 *
 * @param table the table, an unquoted SQL identifier
 * @param timestampColumn the column that says how old a row is, an unquoted SQL
 * identifier; rows where it is null are kept
 * @param maxAge how long a row is kept
 */
public record RetainedTable(String table, String timestampColumn, Duration maxAge) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public RetainedTable {
		requireIdentifier(table);
		requireIdentifier(timestampColumn);
		if (maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("The retention of " + table + " must be positive: " + maxAge);
		}
	}

	private static void requireIdentifier(String name) {
		// the names are put into SQL text: only plain identifiers are accepted
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
		}
	}

}
