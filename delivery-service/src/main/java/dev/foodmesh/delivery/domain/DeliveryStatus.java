package dev.foodmesh.delivery.domain;

/**
 * The states of {@link Delivery}, one per type-state record; the name is what the API and
 * the database show.
 */
public enum DeliveryStatus {

	UNASSIGNED, ASSIGNED, PICKED_UP, COMPLETED, FAILED, RELEASED

}
