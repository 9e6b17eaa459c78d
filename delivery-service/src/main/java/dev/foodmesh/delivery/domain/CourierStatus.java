package dev.foodmesh.delivery.domain;

/** Whether a courier can take a delivery now. */
public enum CourierStatus {

	AVAILABLE, BUSY

}
