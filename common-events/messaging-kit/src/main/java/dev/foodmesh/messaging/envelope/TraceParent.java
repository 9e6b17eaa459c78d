package dev.foodmesh.messaging.envelope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

/**
 * The W3C trace context ({@code traceparent}, optional {@code tracestate}) of the work
 * that produced an event. It is stored with the outbox row, sent as Kafka headers and
 * handed to the consuming handler, so one order's saga shows as one trace across
 * services.
 * <p>
 * The current context comes from the OpenTelemetry API when a span is active (the Java
 * agent provides one), else from the Reactor Context, where the kit's consumer puts the
 * trace parent of the record being handled.
 */
public record TraceParent(String traceparent, @Nullable String tracestate) {

	private static final String TIMER_PASS = TraceParent.class.getName() + ".timerPass";

	private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final TextMapGetter<TraceParent> GETTER = new TextMapGetter<>() {

		@Override
		public Iterable<String> keys(TraceParent carrier) {
			return List.of(CloudEventHeaders.TRACEPARENT, CloudEventHeaders.TRACESTATE);
		}

		@Override
		public @Nullable String get(@Nullable TraceParent carrier, String key) {
			if (carrier == null) {
				return null;
			}
			return CloudEventHeaders.TRACEPARENT.equals(key) ? carrier.traceparent()
					: CloudEventHeaders.TRACESTATE.equals(key) ? carrier.tracestate() : null;
		}

	};

	/**
	 * A trace parent from raw values, if {@code traceparent} is well formed; anything
	 * else is ignored.
	 */
	public static Optional<TraceParent> of(@Nullable String traceparent, @Nullable String tracestate) {
		if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
			return Optional.empty();
		}
		return Optional
			.of(new TraceParent(traceparent, (tracestate == null || tracestate.isBlank()) ? null : tracestate));
	}

	/** The trace parent a record carries in its headers. */
	public static Optional<TraceParent> fromHeaders(Headers headers) {
		return of(CloudEventHeaders.text(headers, CloudEventHeaders.TRACEPARENT),
				CloudEventHeaders.text(headers, CloudEventHeaders.TRACESTATE));
	}

	/**
	 * The trace parent of work assembled while {@code assembledIn} was the active span,
	 * now subscribed with {@code reactorContext}: that span, else the active one, else
	 * the one in the Reactor Context. In a timer pass ({@link #markTimerPass}) only a
	 * trace parent the pass put into the Reactor Context itself counts: whatever span the
	 * thread has current there is a leftover of earlier work or a span of the pass's own
	 * queries.
	 */
	public static Optional<TraceParent> current(Optional<TraceParent> assembledIn, ContextView reactorContext) {
		if (reactorContext.hasKey(TIMER_PASS)) {
			return reactorContext.getOrEmpty(TraceParent.class);
		}
		return assembledIn.or(() -> current(reactorContext));
	}

	/**
	 * The Reactor Context of a timer pass: no trace parent in it, and marked for
	 * {@link #current(Optional, ContextView)}.
	 */
	public static reactor.util.context.Context markTimerPass(reactor.util.context.Context reactorContext) {
		return reactorContext.delete(TraceParent.class).put(TIMER_PASS, Boolean.TRUE);
	}

	/**
	 * The trace parent of the current work: the active OpenTelemetry span, else the one
	 * in the Reactor Context.
	 */
	public static Optional<TraceParent> current(ContextView reactorContext) {
		return ofCurrentSpan().or(() -> reactorContext.getOrEmpty(TraceParent.class));
	}

	/** The active OpenTelemetry span on this thread, if any is valid. */
	public static Optional<TraceParent> ofCurrentSpan() {
		return of(Context.current());
	}

	/** The span of an OpenTelemetry context, if it is valid. */
	public static Optional<TraceParent> of(Context context) {
		if (!Span.fromContext(context).getSpanContext().isValid()) {
			return Optional.empty();
		}
		Map<String, String> carrier = new HashMap<>(2);
		W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
		return of(carrier.get(CloudEventHeaders.TRACEPARENT), carrier.get(CloudEventHeaders.TRACESTATE));
	}

	/**
	 * The Reactor Context with this trace parent in it, for {@link #current(ContextView)}
	 * downstream.
	 */
	public reactor.util.context.Context putInto(reactor.util.context.Context reactorContext) {
		return reactorContext.put(TraceParent.class, this);
	}

	/**
	 * This trace parent as an OpenTelemetry context whose remote span is the parent of
	 * work made current in it.
	 */
	public Context toOpenTelemetry() {
		return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, GETTER);
	}

	/** Adds {@code traceparent} and, if present, {@code tracestate} to record headers. */
	public Headers addTo(Headers headers) {
		CloudEventHeaders.add(headers, CloudEventHeaders.TRACEPARENT, this.traceparent);
		return CloudEventHeaders.add(headers, CloudEventHeaders.TRACESTATE, this.tracestate);
	}

}
