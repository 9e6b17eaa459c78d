package dev.foodmesh.messaging;

import java.util.Optional;
import java.util.function.Supplier;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;

import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Runs reactive work inside a trace that is not the current one: the trace of a consumed
 * record (the kit's consumer does this for every handler), or the trace an order started,
 * kept with a row and continued by a background pass ({@link KeptTraces}).
 * <p>
 * The work runs under a span of its own, started with the OpenTelemetry API (the Java
 * agent records it; without the agent it is a no-op span that carries the parent's ids).
 * That span's context is <em>current while the work is subscribed</em>: the agent's
 * Reactor instrumentation captures the context current when each operator is subscribed
 * and makes it current again for every signal, on whatever thread, so the work's R2DBC
 * and Kafka spans are its children and {@link Outbox#append} stores it. It is also put
 * into the Reactor Context as the {@link TraceParent} the outbox falls back to when no
 * span is current (no agent).
 */
public final class Traces {

	private static final String INSTRUMENTATION = "dev.foodmesh.messaging";

	private Traces() {
	}

	/**
	 * The trace context of the current work: the active span, else the one in the Reactor
	 * Context, if any.
	 */
	public static Mono<Optional<TraceParent>> current() {
		Optional<TraceParent> atCall = TraceParent.ofCurrentSpan();
		return Mono.deferContextual((context) -> Mono.just(TraceParent.current(atCall, context)));
	}

	/**
	 * Runs {@code work} in the trace of {@code parent}: under a new span
	 * {@code spanName}, a child of {@code parent}, that ends when the work terminates or
	 * is cancelled.
	 */
	public static <T> Mono<T> continueTrace(TraceParent parent, String spanName, Mono<T> work) {
		return continueTrace(parent, spanName, work, (span) -> span);
	}

	/**
	 * As {@link #continueTrace(TraceParent, String, Mono)}, with attributes added to the
	 * span builder.
	 */
	public static <T> Mono<T> continueTrace(TraceParent parent, String spanName, Mono<T> work,
			java.util.function.UnaryOperator<SpanBuilder> attributes) {
		return Mono.defer(() -> {
			Context parentContext = parent.toOpenTelemetry();
			Span span = attributes.apply(tracer().spanBuilder(spanName).setParent(parentContext)).startSpan();
			return runIn(parentContext.with(span), span, work);
		});
	}

	/**
	 * Runs {@code work} in the trace of {@code parent} without a span of its own: for a
	 * step that belongs to work whose span has ended already, such as recording an answer
	 * that work received, with the answers of other traces, in one transaction.
	 */
	public static <T> Mono<T> resumeTrace(TraceParent parent, Mono<T> work) {
		return Mono.defer(() -> new SubscribedIn<>(work, parent.toOpenTelemetry())).contextWrite(parent::putInto);
	}

	/**
	 * Runs {@code work} with no trace current: for a pass on a timer. Otherwise it
	 * inherits whatever context the thread that triggers it had current (the agent's
	 * Reactor instrumentation captures it at subscription; after a pass that continued an
	 * order's trace, that is the order's), and its events would join an unrelated trace.
	 * The work is assembled at subscription too, as code may read the current trace while
	 * it builds its pipeline. Within it, {@link #current()} and the outbox see only a
	 * trace the pass starts itself ({@link #continueTrace}), never the spans the agent
	 * makes for the pass's own queries.
	 */
	public static <T> Mono<T> outsideAnyTrace(Supplier<Mono<T>> work) {
		return new SubscribedIn<>(Mono.defer(work), Context.root()).contextWrite(TraceParent::markTimerPass);
	}

	private static <T> Mono<T> runIn(Context context, Span span, Mono<T> work) {
		Optional<TraceParent> trace = TraceParent.of(context);
		return new SubscribedIn<>(work, context)
			.doOnError((failure) -> span.recordException(failure).setStatus(StatusCode.ERROR))
			.doFinally((signal) -> span.end())
			.contextWrite((reactorContext) -> trace.map((parent) -> parent.putInto(reactorContext))
				.orElseGet(() -> reactorContext.delete(TraceParent.class)));
	}

	// the agent bridges the API to its own SDK; without it this is the no-op tracer,
	// which propagates the parent
	private static Tracer tracer() {
		return GlobalOpenTelemetry.getOrNoop().getTracer(INSTRUMENTATION);
	}

	/**
	 * Subscribes its source with an OpenTelemetry context current, so every operator
	 * subscribed on the way captures it (the agent's Reactor instrumentation reads
	 * {@code Context.current()} when an operator is subscribed).
	 */
	private static final class SubscribedIn<T> extends MonoOperator<T, T> {

		private final Context context;

		SubscribedIn(Mono<? extends T> source, Context context) {
			super(source);
			this.context = context;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			try (Scope scope = this.context.makeCurrent()) {
				this.source.subscribe(actual);
			}
		}

	}

}
