/**
 * The kit's Kafka clients: one idempotent producer per service and a receiver per
 * subscribed topic (reactor-kafka).
 */
@NullMarked
package dev.foodmesh.messaging.kafka;

import org.jspecify.annotations.NullMarked;
