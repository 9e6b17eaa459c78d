package dev.foodmesh.delivery.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What delivery-service answers an order whose cancellation asked it to confirm the
 * release. order-service refunds only after {@link Released}, and keeps the order charged
 * after {@link Refused}: one answer per request, so the order is never both refunded and
 * delivered.
 */
public sealed interface ReleaseAnswer {

	OrderId orderId();

	Instant answeredAt();

	/**
	 * No courier holds the order, and none will: the delivery was released now or before,
	 * failed, or does not exist yet (the cancellation is remembered, so a later
	 * {@code OrderPaid} schedules nothing).
	 *
	 * @param deliveryId the order's delivery, or {@code null} when it has none
	 */
	record Released(OrderId orderId, @Nullable DeliveryId deliveryId, Instant answeredAt) implements ReleaseAnswer {
	}

	/**
	 * The courier already has the food ({@code PICKED_UP}) or delivered it
	 * ({@code COMPLETED}).
	 */
	record Refused(OrderId orderId, DeliveryId deliveryId, DeliveryStatus status,
			Instant answeredAt) implements ReleaseAnswer {
	}

	/**
	 * The answer to a release that ended in {@code result}: a rejected release is a
	 * refusal.
	 */
	static ReleaseAnswer to(OrderId orderId, DeliveryResult result, Instant now) {
		return switch (result) {
			case DeliveryResult.Changed changed -> new Released(orderId, changed.delivery().id(), now);
			case DeliveryResult.Rejected rejected ->
				new Refused(orderId, rejected.reason().deliveryId(), rejected.reason().current(), now);
		};
	}

	/** The answer when the order has no delivery to release. */
	static ReleaseAnswer nothingToRelease(OrderId orderId, Instant now) {
		return new Released(orderId, null, now);
	}

}
