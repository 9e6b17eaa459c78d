/**
 * Couriers and deliveries: the delivery state machine as type-state records, the
 * assignment policy and the ETA. Plain Java: no Spring, Reactor, R2DBC or Kafka.
 */
@NullMarked
package dev.foodmesh.delivery.domain;

import org.jspecify.annotations.NullMarked;
