package dev.foodmesh.delivery.application;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.delivery.domain.Delivery;

/**
 * A delivery as readers see it.
 *
 * @param courierName the name of the courier the delivery names, if it names one
 */
public record DeliveryDetails(Delivery delivery, @Nullable String courierName) {
}
