package dev.foodmesh.delivery.domain;

/** A move the delivery's current state does not allow. */
public record DeliveryRejection(DeliveryId deliveryId, DeliveryStatus current, DeliveryAction attempted) {

	public String message() {
		return "Delivery %s is %s and cannot %s".formatted(deliveryId, current,
				attempted.name().toLowerCase().replace('_', ' '));
	}

}
