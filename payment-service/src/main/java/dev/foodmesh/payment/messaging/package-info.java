/**
 * Kafka edge, on the shared messaging kit: the order-events consumer, the outbox adapter
 * of payment events, and the mapping between integration events and the payment model.
 */
@NullMarked
package dev.foodmesh.payment.messaging;

import org.jspecify.annotations.NullMarked;
