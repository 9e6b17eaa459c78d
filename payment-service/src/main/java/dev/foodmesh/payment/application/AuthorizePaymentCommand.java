package dev.foodmesh.payment.application;

import java.time.Instant;
import java.util.Objects;

import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.payment.domain.PaymentToken;

/** Charge an order's total to the token the customer gave. */
public record AuthorizePaymentCommand(OrderId orderId, Money amount, PaymentToken token) {

	public AuthorizePaymentCommand {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(token, "token");
	}

	PaymentDetails toDetails(PaymentId id, Instant now) {
		return new PaymentDetails(id, orderId, amount, token, now);
	}

}
