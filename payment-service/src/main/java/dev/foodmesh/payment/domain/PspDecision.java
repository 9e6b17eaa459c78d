package dev.foodmesh.payment.domain;

/**
 * The PSP's final answer to an authorisation request. A PSP that does not answer gives no
 * decision at all.
 */
public sealed interface PspDecision {

	record Approved() implements PspDecision {
	}

	record Declined(DeclineReason reason) implements PspDecision {
	}

}
