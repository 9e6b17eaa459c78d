/**
 * Idempotent, per-partition ordered consumption of subscribed topics, with batching,
 * transient retry and dead-lettering.
 */
@NullMarked
package dev.foodmesh.messaging.consumer;

import org.jspecify.annotations.NullMarked;
