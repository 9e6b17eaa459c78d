package dev.foodmesh.delivery.domain;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a delivery, one event per state change. Mapped to integration events
 * where others care.
 */
public sealed interface DeliveryEvent {

	DeliveryId deliveryId();

	OrderId orderId();

	Instant occurredAt();

	/** A courier was assigned and is now busy. */
	record Scheduled(DeliveryId deliveryId, OrderId orderId, Instant occurredAt, CourierId courierId,
			String courierName, Instant estimatedDeliveryAt) implements DeliveryEvent {
	}

	/** The delivery gave up. */
	record Failed(DeliveryId deliveryId, OrderId orderId, Instant occurredAt,
			FailureReason reason) implements DeliveryEvent {
	}

	/** The courier collected the order. */
	record PickedUp(DeliveryId deliveryId, OrderId orderId, Instant occurredAt,
			CourierId courierId) implements DeliveryEvent {
	}

	/** The customer has the order; the courier is free. */
	record Completed(DeliveryId deliveryId, OrderId orderId, Instant occurredAt,
			CourierId courierId) implements DeliveryEvent {
	}

	/**
	 * The order was cancelled before pickup.
	 *
	 * @param courierId the courier freed by the release, or {@code null} when none was
	 * assigned yet
	 */
	record Released(DeliveryId deliveryId, OrderId orderId, Instant occurredAt,
			@Nullable CourierId courierId) implements DeliveryEvent {
	}

	/** The courier this event makes available again, if any. */
	default Optional<CourierId> freedCourier() {
		return switch (this) {
			case Completed completed -> Optional.of(completed.courierId());
			case Released released -> Optional.ofNullable(released.courierId());
			case Scheduled scheduled -> Optional.empty();
			case Failed failed -> Optional.empty();
			case PickedUp pickedUp -> Optional.empty();
		};
	}

}
