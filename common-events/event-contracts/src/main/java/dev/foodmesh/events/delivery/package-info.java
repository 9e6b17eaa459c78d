/** Events published on {@code foodmesh.delivery.events.v1}. */
@NullMarked
package dev.foodmesh.events.delivery;

import org.jspecify.annotations.NullMarked;
