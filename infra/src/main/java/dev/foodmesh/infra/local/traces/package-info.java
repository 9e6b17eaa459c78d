/**
 * {@code ./run-local.sh --traces}: the launcher receives the services' spans itself
 * (OTLP/HTTP protobuf on loopback,
 * {@link dev.foodmesh.infra.local.traces.TraceReceiver}), keeps the most recent ones in a
 * bounded memory ({@link dev.foodmesh.infra.local.traces.SpanStore}) and prints one
 * order's trace as a tree ({@code ./run-local.sh trace <orderId>}). No Docker, no
 * collector, nothing on disk.
 */
@NullMarked
package dev.foodmesh.infra.local.traces;

import org.jspecify.annotations.NullMarked;
