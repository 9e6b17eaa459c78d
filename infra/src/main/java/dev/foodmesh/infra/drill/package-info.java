/**
 * The fault drill ({@code infra/scripts/fault-drill.sh}): places a mixed load of orders
 * against a running local stack while it crashes, restarts and freezes the stack's parts
 * through the launcher's control channel and feeds poison records to every topic, then
 * waits for quiescence and counts, from the services' databases and the topics, what was
 * lost, doubled or left stuck. docs/reliability.md explains the counts.
 */
@NullMarked
package dev.foodmesh.infra.drill;

import org.jspecify.annotations.NullMarked;
