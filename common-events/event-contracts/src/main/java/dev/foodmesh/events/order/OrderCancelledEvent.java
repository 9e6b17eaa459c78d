package dev.foodmesh.events.order;

import java.time.Instant;
import java.util.UUID;

/**
 * The order is being cancelled. When {@link #refundRequested()} is true, payment-service refunds the captured
 * payment and answers with {@code PaymentRefunded}; delivery-service releases any courier it assigned.
 * Type {@code dev.foodmesh.order.cancelled.v1}.
 *
 * @param reason why, e.g. {@code PAYMENT_DECLINED}, {@code PAYMENT_TIMEOUT}, {@code NO_COURIER},
 * {@code CUSTOMER_CANCELLED}
 */
public record OrderCancelledEvent(UUID eventId, UUID orderId, Instant occurredAt, String reason,
		boolean refundRequested) implements OrderIntegrationEvent {
}
