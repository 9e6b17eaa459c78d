package dev.foodmesh.infra.local.traces;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanStoreTest {

    @Test
    void shouldDropTheOldestSpansBeyondItsCapacityAndForgetTracesWithNoneLeft() {
        SpanStore store = new SpanStore(3);
        store.add(List.of(span("t1", "s1", "order-1"), span("t1", "s2", null)));
        store.add(List.of(span("t2", "s3", "order-2")));

        store.add(List.of(span("t2", "s4", null), span("t3", "s5", "order-3")));

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.trace("t1")).isEmpty();
        assertThat(store.traceOfOrder("order-1")).isEmpty();
        assertThat(store.trace("t2")).extracting(RecordedSpan::spanId).containsExactly("s3", "s4");
        assertThat(store.traceOfOrder("order-2")).hasValue("t2");
        assertThat(store.traceOfOrder("order-3")).hasValue("t3");
    }

    @Test
    void shouldKeepTheFirstTraceThatNamedAnOrder() {
        SpanStore store = new SpanStore(10);

        store.add(List.of(span("placed", "s1", "order-1"), span("timeout", "s2", "order-1")));

        assertThat(store.traceOfOrder("order-1")).hasValue("placed");
    }

    private static RecordedSpan span(String traceId, String spanId, String orderKey) {
        return new RecordedSpan("order-service", traceId, spanId, "", "span " + spanId, "INTERNAL", 0, 1, orderKey,
                false);
    }

}
