package dev.foodmesh.order.domain;

import java.time.Instant;

/** Who delivers the order and when delivery-service expects it at the door. */
public record CourierAssignment(Courier courier, Instant estimatedDeliveryAt) {
}
