package dev.foodmesh.infra.local.traces;

/**
 * What the launcher keeps of an exported span: enough to draw the tree, no more (a span
 * of the agent carries a dozen attributes; keeping them all would multiply the memory of
 * the store).
 *
 * @param service the exporting service ({@code service.name})
 * @param traceId lower-case hex
 * @param spanId lower-case hex
 * @param parentSpanId lower-case hex, empty for a root
 * @param name the span name, e.g. {@code POST /orders}
 * @param kind {@code SERVER}, {@code CLIENT}, {@code PRODUCER}, {@code CONSUMER} or
 * {@code INTERNAL}
 * @param startNanos start, nanoseconds since the epoch
 * @param endNanos end, nanoseconds since the epoch
 * @param error whether the span's status is ERROR
 */
public record RecordedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
		long startNanos, long endNanos, boolean error) {

	double durationMillis() {
		return (this.endNanos - this.startNanos) / 1e6;
	}

}
