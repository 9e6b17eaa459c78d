package dev.foodmesh.payment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What every payment keeps, whatever its state: what was charged, for which order, with
 * which token, when.
 */
public record PaymentDetails(PaymentId id, OrderId orderId, Money amount, PaymentToken token, Instant createdAt) {

	public PaymentDetails {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(token, "token");
		Objects.requireNonNull(createdAt, "createdAt");
	}

}
