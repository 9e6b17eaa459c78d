package dev.foodmesh.e2e.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;

import dev.foodmesh.e2e.support.OtlpReceiver.ReceivedSpan;

/**
 * The spans of one trace as the services exported them, with finders for the shapes the
 * journeys assert.
 */
record Trace(String traceId, List<ReceivedSpan> spans) {

	static final String DESTINATION = "messaging.destination.name";

	Map<String, ReceivedSpan> byId() {
		return this.spans.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
	}

	List<ReceivedSpan> of(String service, SpanKind kind) {
		return this.spans.stream().filter((s) -> s.service().equals(service) && s.kind() == kind).toList();
	}

	/**
	 * The Kafka spans of a service on a topic: PRODUCER (publish) or CONSUMER (process).
	 */
	List<ReceivedSpan> kafka(String service, SpanKind kind, String topic) {
		return of(service, kind).stream().filter((s) -> topic.equals(s.attributes().get(DESTINATION))).toList();
	}

	Optional<ReceivedSpan> parentOf(ReceivedSpan span) {
		return Optional.ofNullable(byId().get(span.parentSpanId()));
	}

	/** The span and its parents up to the root of what was received. */
	List<ReceivedSpan> ancestry(ReceivedSpan span) {
		List<ReceivedSpan> chain = new ArrayList<>();
		Map<String, ReceivedSpan> byId = byId();
		ReceivedSpan current = span;
		while (current != null && chain.size() < 1000) {
			chain.add(current);
			current = byId.get(current.parentSpanId());
		}
		return chain;
	}

	/**
	 * Consumer spans of {@code consumer} on {@code topic} whose parent is a producer span
	 * of {@code producer}.
	 */
	List<ReceivedSpan> hops(String producer, String topic, String consumer) {
		return kafka(consumer, SpanKind.SPAN_KIND_CONSUMER, topic).stream()
			.filter((process) -> parentOf(process)
				.filter((publish) -> publish.service().equals(producer) && publish.kind() == SpanKind.SPAN_KIND_PRODUCER
						&& topic.equals(publish.attributes().get(DESTINATION)))
				.isPresent())
			.toList();
	}

	/**
	 * Spans whose parent is neither in the trace nor {@code rootParent}: where the tree
	 * is torn.
	 */
	List<ReceivedSpan> orphans(String rootParent) {
		Map<String, ReceivedSpan> byId = byId();
		return this.spans.stream()
			.filter((s) -> !s.isRoot() && !s.parentSpanId().equals(rootParent) && !byId.containsKey(s.parentSpanId()))
			.toList();
	}

	String describe() {
		return this.spans.stream()
			.map(ReceivedSpan::toString)
			.collect(Collectors.joining("\n  ", "trace " + this.traceId + ":\n  ", ""));
	}

}
