package dev.foodmesh.delivery.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.delivery.application.DeliveryDetails;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryStatus;
import dev.foodmesh.delivery.domain.FailureReason;

/**
 * A delivery as the API shows it; fields the delivery's state does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliveryView(UUID id, UUID orderId, DeliveryStatus status, @Nullable CourierRef courier, String city,
		@Nullable Instant estimatedDeliveryAt, @Nullable Instant pickedUpAt, @Nullable Instant completedAt,
		@Nullable FailureReason failureReason) {

	/** The courier a delivery names. */
	record CourierRef(UUID id, @Nullable String name) {
	}

	static DeliveryView of(DeliveryDetails details) {
		Delivery delivery = details.delivery();
		@Nullable String name = details.courierName();
		return switch (delivery) {
			case Delivery.Unassigned d -> view(d, null, null, null, null, null);
			case Delivery.Assigned d ->
				view(d, courier(d.courierId(), name), d.estimatedDeliveryAt(), null, null, null);
			case Delivery.PickedUp d ->
				view(d, courier(d.courierId(), name), d.estimatedDeliveryAt(), d.pickedUpAt(), null, null);
			case Delivery.Completed d ->
				view(d, courier(d.courierId(), name), null, d.pickedUpAt(), d.completedAt(), null);
			case Delivery.Failed d -> view(d, null, null, null, null, d.reason());
			case Delivery.Released d -> view(d, null, null, null, null, null);
		};
	}

	private static DeliveryView view(Delivery delivery, @Nullable CourierRef courier,
			@Nullable Instant estimatedDeliveryAt, @Nullable Instant pickedUpAt, @Nullable Instant completedAt,
			@Nullable FailureReason failureReason) {
		return new DeliveryView(delivery.id().value(), delivery.orderId().value(), delivery.status(), courier,
				delivery.city(), estimatedDeliveryAt, pickedUpAt, completedAt, failureReason);
	}

	private static CourierRef courier(CourierId id, @Nullable String name) {
		return new CourierRef(id.value(), name);
	}

}
