package dev.foodmesh.infra.local.traces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One trace as text: a line per span, children under their parent and indented, siblings
 * by start time, with the span's start relative to the trace's first span, its duration
 * and its service. <pre>
 *     start  duration  service           span
 *   +0.0 ms   61.3 ms  order-service     SERVER POST /orders
 *   +4.2 ms   18.0 ms  order-service       CLIENT GET
 * </pre> A span whose parent did not arrive (not exported yet, or dropped from the store)
 * is drawn as a root, so that a torn tree shows where it is torn.
 */
final class TraceTree {

	private static final String LINE = "%10s %9s  %-18s %s%s%n";

	private final Map<String, List<RecordedSpan>> children = new HashMap<>();

	private final List<RecordedSpan> roots = new ArrayList<>();

	private final long traceStart;

	private TraceTree(List<RecordedSpan> spans) {
		Set<String> ids = new HashSet<>();
		spans.forEach((span) -> ids.add(span.spanId()));
		for (RecordedSpan span : spans) {
			if (ids.contains(span.parentSpanId()) && !span.parentSpanId().equals(span.spanId())) {
				this.children.computeIfAbsent(span.parentSpanId(), (id) -> new ArrayList<>()).add(span);
			}
			else {
				this.roots.add(span);
			}
		}
		Comparator<RecordedSpan> byStart = Comparator.comparingLong(RecordedSpan::startNanos);
		this.roots.sort(byStart);
		this.children.values().forEach((list) -> list.sort(byStart));
		this.traceStart = spans.stream().mapToLong(RecordedSpan::startNanos).min().orElse(0);
	}

	/**
	 * The tree of {@code spans} (one trace), with a heading naming the trace, the order
	 * and the total time.
	 */
	static String render(String orderId, String traceId, List<RecordedSpan> spans) {
		TraceTree tree = new TraceTree(spans);
		long end = spans.stream().mapToLong(RecordedSpan::endNanos).max().orElse(tree.traceStart);
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "order %s: trace %s, %d span%s over %.1f ms%n%n", orderId, traceId,
				spans.size(), (spans.size() == 1) ? "" : "s", (end - tree.traceStart) / 1e6));
		text.append(String.format(Locale.ROOT, LINE, "start", "duration", "service", "", "span"));
		tree.roots.forEach((root) -> tree.append(text, root, 0));
		return text.toString();
	}

	private void append(StringBuilder text, RecordedSpan span, int depth) {
		text.append(String.format(Locale.ROOT, LINE,
				String.format(Locale.ROOT, "+%.1f ms", (span.startNanos() - this.traceStart) / 1e6),
				String.format(Locale.ROOT, "%.1f ms", span.durationMillis()), span.service(), "  ".repeat(depth),
				span.kind() + " " + span.name() + (span.error() ? "  [ERROR]" : "")));
		for (RecordedSpan child : this.children.getOrDefault(span.spanId(), List.of())) {
			append(text, child, depth + 1);
		}
	}

}
