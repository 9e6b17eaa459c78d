package dev.foodmesh.messaging;

import java.util.Optional;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import dev.foodmesh.messaging.envelope.TraceParent;

import static org.assertj.core.api.Assertions.assertThat;

class TracesTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final TraceParent IN_REACTOR_CONTEXT = new TraceParent(
			"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null);

	@Test
	void shouldSeeTheTraceCurrentOnTheThreadOrInTheReactorContext() {
		try (Scope scope = leftoverSpan()) {
			assertThat(Traces.current().block())
				.hasValueSatisfying((trace) -> assertThat(trace.traceparent()).contains(TRACE_ID));
		}
		assertThat(Traces.current().contextWrite(IN_REACTOR_CONTEXT::putInto).block()).contains(IN_REACTOR_CONTEXT);
	}

	@Test
	void shouldRunATimerPassOutsideTheTraceItsThreadHadCurrent() {
		try (Scope scope = leftoverSpan()) {
			Optional<TraceParent> seen = Traces.outsideAnyTrace(Traces::current)
				.contextWrite(IN_REACTOR_CONTEXT::putInto)
				.block();

			assertThat(seen).isEmpty();
			assertThat(Span.current().getSpanContext().getTraceId()).as("restored after the pass").isEqualTo(TRACE_ID);
		}
	}

	@Test
	void shouldLetATimerPassSeeOnlyTheTraceItStartsItself() {
		Optional<TraceParent> alone = Traces.outsideAnyTrace(TracesTest::currentUnderAQuerySpan).block();
		Optional<TraceParent> continued = Traces
			.outsideAnyTrace(() -> Traces.continueTrace(IN_REACTOR_CONTEXT, "delivery failed",
					Mono.defer(TracesTest::currentUnderAQuerySpan)))
			.block();

		assertThat(alone).isEmpty();
		assertThat(continued).hasValueSatisfying(
				(trace) -> assertThat(trace.traceparent()).contains("-0af7651916cd43dd8448eb211c80319c-"));
	}

	/**
	 * Inside a pass, the agent makes each query's span current while its rows are handed
	 * on.
	 */
	private static Mono<Optional<TraceParent>> currentUnderAQuerySpan() {
		try (Scope scope = leftoverSpan()) {
			return Traces.current();
		}
	}

	/**
	 * What a previous pass that continued an order's trace leaves current on the thread
	 * that triggers the next.
	 */
	private static Scope leftoverSpan() {
		SpanContext span = SpanContext.create(TRACE_ID, "00f067aa0ba902b7", TraceFlags.getSampled(),
				TraceState.getDefault());
		return Context.root().with(Span.wrap(span)).makeCurrent();
	}

}
