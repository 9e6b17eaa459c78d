package dev.foodmesh.payment.domain;

/** The status a payment reports; each value names one {@link Payment} type. */
public enum PaymentStatus {

	PENDING, AUTHORIZED, DECLINED, REFUNDING, REFUNDED

}
