/**
 * The FoodMesh messaging kit: how a service publishes and consumes integration events reliably.
 * <p>
 * Services use only this package: {@link dev.foodmesh.messaging.Outbox} to publish (transactional outbox, relayed to
 * Kafka in order, at least once) and {@link dev.foodmesh.messaging.EventSubscription} beans to consume (idempotent,
 * per-order ordered, poison records dead-lettered). The sub-packages are the kit's implementation, wired by its
 * auto-configuration; services do not depend on them.
 */
@NullMarked
package dev.foodmesh.messaging;

import org.jspecify.annotations.NullMarked;
