package dev.foodmesh.infra.local.traces;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most recent spans, at most {@code capacity}: the oldest is dropped when a new one
 * arrives, so a stack that runs for days keeps a bounded memory (an estimated 40 MB of
 * the launcher's heap for the default 100,000 spans, some 400 bytes a span).
 */
public final class SpanStore {

	/** The default capacity. */
	public static final int DEFAULT_CAPACITY = 100_000;

	private final int capacity;

	private final Deque<RecordedSpan> oldestFirst = new ArrayDeque<>();

	private final Map<String, List<RecordedSpan>> byTrace = new HashMap<>();

	public SpanStore(int capacity) {
		this.capacity = capacity;
	}

	public synchronized void add(Collection<RecordedSpan> spans) {
		for (RecordedSpan span : spans) {
			if (this.oldestFirst.size() == this.capacity) {
				forget(this.oldestFirst.removeFirst());
			}
			this.oldestFirst.addLast(span);
			this.byTrace.computeIfAbsent(span.traceId(), (id) -> new ArrayList<>()).add(span);
		}
	}

	/** The spans of a trace still held, in the order they arrived. */
	public synchronized List<RecordedSpan> trace(String traceId) {
		return List.copyOf(this.byTrace.getOrDefault(traceId, List.of()));
	}

	public int capacity() {
		return this.capacity;
	}

	public synchronized int size() {
		return this.oldestFirst.size();
	}

	private void forget(RecordedSpan span) {
		List<RecordedSpan> trace = this.byTrace.get(span.traceId());
		trace.remove(span);
		if (trace.isEmpty()) {
			this.byTrace.remove(span.traceId());
		}
	}

}
