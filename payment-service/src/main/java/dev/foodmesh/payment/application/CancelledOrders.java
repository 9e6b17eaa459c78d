package dev.foodmesh.payment.application;

import java.time.Instant;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;

/**
 * Orders that were cancelled before this service saw a payment for them. Such an order must never be charged
 * later: per-partition ordering makes that impossible in normal operation, but an {@code OrderCreated} that went to
 * the dead-letter topic and is redriven after the cancellation would otherwise charge a cancelled order.
 */
public interface CancelledOrders {

    /** Remembers the cancellation; adding an order twice is harmless. */
    Mono<Void> add(OrderId orderId, Instant cancelledAt);

    Mono<Boolean> contains(OrderId orderId);

}
