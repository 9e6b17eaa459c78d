/**
 * Thin Kafka adapters on the shared messaging kit: the outbox that carries order events
 * out, the consumers of payment and delivery events, and the mapping between domain and
 * integration events.
 */
@NullMarked
package dev.foodmesh.order.messaging;

import org.jspecify.annotations.NullMarked;
