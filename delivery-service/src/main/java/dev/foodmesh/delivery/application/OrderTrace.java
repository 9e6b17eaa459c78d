package dev.foodmesh.delivery.application;

import org.jspecify.annotations.Nullable;

/**
 * The trace context of the work that paid the order (W3C {@code traceparent} and
 * {@code tracestate}), opaque here: kept with the order's delivery when it is created, so
 * that what the courier-wait scan and the simulator emit later continues the order's
 * trace.
 */
public record OrderTrace(String traceparent, @Nullable String tracestate) {
}
