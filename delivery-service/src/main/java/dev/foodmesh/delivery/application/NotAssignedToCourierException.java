package dev.foodmesh.delivery.application;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.DeliveryId;

/** A courier asked to move a delivery that is not assigned to them; nothing changed. */
public final class NotAssignedToCourierException extends RuntimeException {

	public NotAssignedToCourierException(DeliveryId delivery, CourierId courier) {
		super("Delivery " + delivery + " is not assigned to the courier " + courier);
	}

}
