package dev.foodmesh.events.order;

import java.time.Instant;
import java.util.UUID;

/**
 * The order is being cancelled. When {@link #refundRequested()} is true, payment-service
 * refunds the captured payment and answers with {@code PaymentRefunded}; delivery-service
 * releases any courier it assigned. Type {@code dev.foodmesh.order.cancelled.v1}.
 * <p>
 * A paid order may already be with its courier although order-service has not heard so
 * yet. Its cancellation therefore first asks delivery-service to confirm the release
 * ({@code releaseConfirmationRequested}, no refund): delivery answers
 * {@code DeliveryReleased} or {@code DeliveryReleaseRefused}, and only after a release
 * does order-service publish a second {@code OrderCancelled} that requests the refund.
 *
 * @param reason why, e.g. {@code PAYMENT_DECLINED}, {@code PAYMENT_TIMEOUT},
 * {@code NO_COURIER}, {@code CUSTOMER_CANCELLED}
 * @param releaseConfirmationRequested whether delivery-service must answer whether it
 * released the delivery; added after the first release of v1, so older events read as
 * {@code false}
 */
public record OrderCancelledEvent(UUID eventId, UUID orderId, Instant occurredAt, String reason,
		boolean refundRequested, boolean releaseConfirmationRequested) implements OrderIntegrationEvent {
}
