package dev.foodmesh.infra.local.traces;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanStoreTest {

	@Test
	void shouldDropTheOldestSpansBeyondItsCapacityAndForgetTracesWithNoneLeft() {
		SpanStore store = new SpanStore(3);
		store.add(List.of(span("t1", "s1"), span("t1", "s2")));
		store.add(List.of(span("t2", "s3")));

		store.add(List.of(span("t2", "s4"), span("t3", "s5")));

		assertThat(store.size()).isEqualTo(3);
		assertThat(store.trace("t1")).isEmpty();
		assertThat(store.trace("t2")).extracting(RecordedSpan::spanId).containsExactly("s3", "s4");
		assertThat(store.trace("t3")).extracting(RecordedSpan::spanId).containsExactly("s5");
	}

	private static RecordedSpan span(String traceId, String spanId) {
		return new RecordedSpan("order-service", traceId, spanId, "", "span " + spanId, "INTERNAL", 0, 1, false);
	}

}
