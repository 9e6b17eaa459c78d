package dev.foodmesh.order.domain;

/** The courier delivery-service assigned to an order. */
public record Courier(CourierId id, String name) {
}
