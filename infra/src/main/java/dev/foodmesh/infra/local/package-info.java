/**
 * The one-command local stack ({@link dev.foodmesh.infra.local.LocalStack}, started by
 * {@code ./run-local.sh}) and the process handling it shares with the end-to-end tests:
 * {@link dev.foodmesh.infra.local.ServiceProcess} runs one service JVM,
 * {@link dev.foodmesh.infra.local.ServiceFleet} the five of them against one database
 * server and one broker.
 */
@NullMarked
package dev.foodmesh.infra.local;

import org.jspecify.annotations.NullMarked;
