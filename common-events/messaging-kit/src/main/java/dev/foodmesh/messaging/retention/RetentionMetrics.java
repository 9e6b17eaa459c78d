package dev.foodmesh.messaging.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code foodmesh.retention.deleted} (rows, by table) and
 * {@code foodmesh.retention.passes} (by outcome), so that an alert sees both a retention
 * that stopped running and one that runs but fails.
 */
public final class RetentionMetrics {

	private final MeterRegistry registry;

	private final Counter succeeded;

	private final Counter failed;

	public RetentionMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.succeeded = passes(registry, "success");
		this.failed = passes(registry, "failure");
	}

	void deleted(RetainedTable table, long rows) {
		Counter.builder("foodmesh.retention.deleted")
			.description("Rows deleted because they outlived their retention")
			.baseUnit("rows")
			.tag("table", table.table())
			.register(this.registry)
			.increment(rows);
	}

	void passSucceeded() {
		this.succeeded.increment();
	}

	void passFailed() {
		this.failed.increment();
	}

	private static Counter passes(MeterRegistry registry, String outcome) {
		return Counter.builder("foodmesh.retention.passes")
			.description("Retention passes over every retained table")
			.tag("outcome", outcome)
			.register(registry);
	}

}
