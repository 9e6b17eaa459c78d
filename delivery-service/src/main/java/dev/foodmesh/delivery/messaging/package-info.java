/**
 * Kafka side, on the shared messaging kit: the order-events consumer and the outbox
 * adapter.
 */
@NullMarked
package dev.foodmesh.delivery.messaging;

import org.jspecify.annotations.NullMarked;
