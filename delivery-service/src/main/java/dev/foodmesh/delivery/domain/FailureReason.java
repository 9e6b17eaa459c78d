package dev.foodmesh.delivery.domain;

/** Why no delivery could be arranged; published in {@code DeliveryFailedEvent.reason}. */
public enum FailureReason {

	/** No courier in the restaurant's city became available within the courier wait. */
	NO_COURIER

}
