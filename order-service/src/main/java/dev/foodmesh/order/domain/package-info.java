/**
 * The order aggregate and its state machine: immutable values, no frameworks, time passed
 * in. {@link dev.foodmesh.order.domain.OrderTransitions} is the one table of legal status
 * changes.
 */
@NullMarked
package dev.foodmesh.order.domain;

import org.jspecify.annotations.NullMarked;
