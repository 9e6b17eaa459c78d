/** Events published on {@code foodmesh.payment.events.v1}. */
@NullMarked
package dev.foodmesh.events.payment;

import org.jspecify.annotations.NullMarked;
