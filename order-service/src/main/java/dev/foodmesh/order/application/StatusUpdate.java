package dev.foodmesh.order.application;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * One message of an order's status stream: the status the order reached, why, and when.
 */
public record StatusUpdate(OrderId orderId, OrderStatus status, @Nullable String reason, Instant at) {
}
