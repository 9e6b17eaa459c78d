package dev.foodmesh.payment.application;

import java.util.Objects;

import dev.foodmesh.payment.domain.OrderId;

/**
 * The order was cancelled: release what is held for it.
 *
 * @param refundRequested whether order-service asks for an authorised payment to be
 * refunded
 */
public record ReleasePaymentCommand(OrderId orderId, boolean refundRequested) {

	public ReleasePaymentCommand {
		Objects.requireNonNull(orderId, "orderId");
	}

}
