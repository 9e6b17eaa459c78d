package dev.foodmesh.payment.domain;

/** The status a payment reports; each value names one {@link Payment} type. */
public enum PaymentStatus {

    AUTHORIZED, DECLINED, REFUNDED

}
