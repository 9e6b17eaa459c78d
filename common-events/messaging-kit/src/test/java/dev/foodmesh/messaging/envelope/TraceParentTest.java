package dev.foodmesh.messaging.envelope;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {

	private static final String CONSUMED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	@Test
	void shouldPreferTheActiveOpenTelemetrySpan() {
		SpanContext span = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
				TraceFlags.getSampled(), TraceState.builder().put("vendor", "value").build());
		var reactorContext = reactor.util.context.Context.of(TraceParent.class, new TraceParent(CONSUMED, null));

		try (Scope scope = Context.root().with(Span.wrap(span)).makeCurrent()) {
			assertThat(TraceParent.current(reactorContext))
				.contains(new TraceParent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "vendor=value"));
		}
	}

	@Test
	void shouldFallBackToTheTraceParentInTheReactorContext() {
		var reactorContext = new TraceParent(CONSUMED, "a=b").putInto(reactor.util.context.Context.empty());

		assertThat(TraceParent.current(reactorContext)).contains(new TraceParent(CONSUMED, "a=b"));
	}

	@Test
	void shouldHaveNoneWithoutSpanOrReactorContext() {
		assertThat(TraceParent.current(reactor.util.context.Context.empty())).isEmpty();
	}

	@Test
	void shouldIgnoreAMalformedTraceparentAndABlankTracestate() {
		assertThat(TraceParent.of("not-a-trace", null)).isEmpty();
		assertThat(TraceParent.of(CONSUMED, " ")).contains(new TraceParent(CONSUMED, null));
	}

	@Test
	void shouldTravelThroughRecordHeaders() {
		var headers = new TraceParent(CONSUMED, "a=b").addTo(new RecordHeaders());

		assertThat(TraceParent.fromHeaders(headers)).contains(new TraceParent(CONSUMED, "a=b"));
	}

	@Test
	void shouldBecomeTheParentOfWorkMadeCurrentInIt() {
		Context context = new TraceParent(CONSUMED, null).toOpenTelemetry();

		SpanContext parent = Span.fromContext(context).getSpanContext();
		assertThat(parent.isRemote()).isTrue();
		assertThat(parent.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
		assertThat(parent.getSpanId()).isEqualTo("00f067aa0ba902b7");
	}

}
