/** Events published on {@code foodmesh.order.events.v1}. */
@NullMarked
package dev.foodmesh.events.order;

import org.jspecify.annotations.NullMarked;
