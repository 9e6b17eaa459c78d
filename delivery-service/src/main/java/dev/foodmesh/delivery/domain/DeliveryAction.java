package dev.foodmesh.delivery.domain;

/** What can be asked of a delivery; named in a {@link DeliveryRejection}. */
public enum DeliveryAction {

	ASSIGN, PICK_UP, COMPLETE, RELEASE

}
