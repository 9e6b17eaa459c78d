/**
 * Transactional outbox: appending rows in the caller's transaction and the single active
 * relay that publishes them to Kafka.
 */
@NullMarked
package dev.foodmesh.messaging.outbox;

import org.jspecify.annotations.NullMarked;
