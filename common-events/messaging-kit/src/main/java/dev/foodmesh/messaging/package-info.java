/**
 * The FoodMesh messaging kit: how a service publishes and consumes integration events
 * reliably.
 * <p>
 * Services use only this package: {@link dev.foodmesh.messaging.Outbox} to publish
 * (transactional outbox, relayed to Kafka in order, at least once) and
 * {@link dev.foodmesh.messaging.EventSubscription} beans to consume (idempotent,
 * per-order ordered, poison records dead-lettered);
 * {@link dev.foodmesh.messaging.AfterCommit} for effects that must follow a commit, and
 * {@link dev.foodmesh.messaging.KeptTraces} for the one rule by which an event appended
 * outside a request continues its order's trace. The sub-packages are the kit's
 * implementation, wired by its auto-configuration; of them services use only
 * {@code support.PeriodicTask} (the one runner of periodic passes),
 * {@code support.ReactiveLifecycle}, {@code retention.RetainedTable},
 * {@code envelope.TraceParent} and the lifecycle phases of {@code EventConsumers} and
 * {@code OutboxRelay}.
 */
@NullMarked
package dev.foodmesh.messaging;

import org.jspecify.annotations.NullMarked;
