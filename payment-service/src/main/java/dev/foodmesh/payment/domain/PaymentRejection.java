package dev.foodmesh.payment.domain;

/** Why a command was refused by the payment model. */
public enum PaymentRejection {

	/** A declined payment never held money, so there is nothing to refund. */
	PAYMENT_DECLINED,

	/**
	 * The PSP has not answered the authorisation yet; a refund can only follow its
	 * answer.
	 */
	AUTHORIZATION_PENDING

}
