/**
 * The load-test kit behind {@code load-tests/run.sh}: the
 * {@link dev.foodmesh.loadtest.LoadProfile} both the Gatling simulations and the k6
 * scripts read, and what turns one run of the order ladder into a per-step report: client
 * latency ({@link dev.foodmesh.loadtest.PlacementRecorder}), saga latency from
 * order-service's database ({@link dev.foodmesh.loadtest.SagaLatencies}), consumer lag
 * and outbox backlog from the services' Prometheus endpoints
 * ({@link dev.foodmesh.loadtest.PipelineBacklog}), CPU and memory per process from
 * {@code /proc} ({@link dev.foodmesh.loadtest.WatchedProcess}), the knee
 * ({@link dev.foodmesh.loadtest.Knee}) and the files
 * ({@link dev.foodmesh.loadtest.ReportWriter}). {@link dev.foodmesh.loadtest.LoadTestRun}
 * ties them together; the simulation itself lives under {@code src/test/java}, where
 * Gatling's Maven plugin finds it.
 */
@NullMarked
package dev.foodmesh.loadtest;

import org.jspecify.annotations.NullMarked;
