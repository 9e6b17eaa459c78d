package dev.foodmesh.infra.local.traces;

import java.util.Optional;

/** Finds the trace of an order: the trace id of its {@code POST /orders}. */
@FunctionalInterface
public interface OrderTraceIds {

	/**
	 * The order's trace id (32 lower-case hex digits), or empty when the order is unknown
	 * or was placed without a trace.
	 */
	Optional<String> of(String orderId);

}
