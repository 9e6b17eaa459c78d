package dev.foodmesh.delivery.persistence;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryRequest;
import dev.foodmesh.delivery.domain.DeliveryStatus;
import dev.foodmesh.delivery.domain.FailureReason;
import dev.foodmesh.delivery.domain.OrderId;

/** A {@code deliveries} row: one column per field any state has; the others are null. */
record DeliveryRow(UUID id, UUID orderId, String city, DeliveryStatus status, Instant requestedAt,
		@Nullable UUID courierId, @Nullable Instant assignedAt, @Nullable Instant estimatedDeliveryAt,
		@Nullable Instant pickedUpAt, @Nullable Instant completedAt, @Nullable FailureReason failureReason,
		@Nullable Instant failedAt, @Nullable Instant releasedAt) {

	static DeliveryRow of(Delivery delivery) {
		DeliveryRequest request = delivery.request();
		return switch (delivery) {
			case Delivery.Unassigned d -> row(request, d.status(), null, null, null, null, null);
			case Delivery.Assigned d ->
				row(request, d.status(), d.courierId(), d.assignedAt(), d.estimatedDeliveryAt(), null, null);
			case Delivery.PickedUp d ->
				row(request, d.status(), d.courierId(), null, d.estimatedDeliveryAt(), d.pickedUpAt(), null);
			case Delivery.Completed d ->
				row(request, d.status(), d.courierId(), null, null, d.pickedUpAt(), d.completedAt());
			case Delivery.Failed d -> new DeliveryRow(request.id().value(), request.orderId().value(), request.city(),
					d.status(), request.requestedAt(), null, null, null, null, null, d.reason(), d.failedAt(), null);
			case Delivery.Released d -> new DeliveryRow(request.id().value(), request.orderId().value(), request.city(),
					d.status(), request.requestedAt(), null, null, null, null, null, null, null, d.releasedAt());
		};
	}

	private static DeliveryRow row(DeliveryRequest request, DeliveryStatus status, @Nullable CourierId courier,
			@Nullable Instant assignedAt, @Nullable Instant estimatedDeliveryAt, @Nullable Instant pickedUpAt,
			@Nullable Instant completedAt) {
		return new DeliveryRow(request.id().value(), request.orderId().value(), request.city(), status,
				request.requestedAt(), (courier != null) ? courier.value() : null, assignedAt, estimatedDeliveryAt,
				pickedUpAt, completedAt, null, null, null);
	}

	static DeliveryRow read(Readable row) {
		return new DeliveryRow(row.get("id", UUID.class), row.get("order_id", UUID.class),
				row.get("city", String.class), DeliveryStatus.valueOf(row.get("status", String.class)),
				row.get("requested_at", Instant.class), row.get("courier_id", UUID.class),
				row.get("assigned_at", Instant.class), row.get("estimated_delivery_at", Instant.class),
				row.get("picked_up_at", Instant.class), row.get("completed_at", Instant.class),
				failureReason(row.get("failure_reason", String.class)), row.get("failed_at", Instant.class),
				row.get("released_at", Instant.class));
	}

	Delivery toDomain() {
		DeliveryRequest request = new DeliveryRequest(new DeliveryId(id), new OrderId(orderId), city, requestedAt);
		return switch (status) {
			case UNASSIGNED -> new Delivery.Unassigned(request);
			case ASSIGNED ->
				new Delivery.Assigned(request, courier(), present(assignedAt), present(estimatedDeliveryAt));
			case PICKED_UP ->
				new Delivery.PickedUp(request, courier(), present(estimatedDeliveryAt), present(pickedUpAt));
			case COMPLETED -> new Delivery.Completed(request, courier(), present(pickedUpAt), present(completedAt));
			case FAILED -> new Delivery.Failed(request, present(failureReason), present(failedAt));
			case RELEASED -> new Delivery.Released(request, present(releasedAt));
		};
	}

	private CourierId courier() {
		return new CourierId(present(courierId));
	}

	// The table's check constraints guarantee each state's columns; a null here means the
	// schema was bypassed.
	private <T> T present(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("Delivery " + id + " in status " + status + " lacks a column");
		}
		return value;
	}

	private static @Nullable FailureReason failureReason(@Nullable String reason) {
		return (reason != null) ? FailureReason.valueOf(reason) : null;
	}

}
