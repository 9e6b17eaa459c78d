package dev.foodmesh.restaurant.application;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.restaurant.domain.RestaurantId;

/** A partial change: {@code null} leaves a field as it is. */
public record ChangeRestaurantCommand(RestaurantId id, @Nullable String name, @Nullable Boolean open) {

}
