/**
 * Micrometer adapter of the saga metrics, published on the management port's
 * {@code /actuator/prometheus}.
 */
@NullMarked
package dev.foodmesh.order.metrics;

import org.jspecify.annotations.NullMarked;
