package dev.foodmesh.payment.domain;

/**
 * Why the PSP refused to authorise a payment. A decline is final: the order is cancelled,
 * never retried.
 */
public enum DeclineReason {

	CARD_DECLINED, INSUFFICIENT_FUNDS, UNKNOWN_TOKEN

}
