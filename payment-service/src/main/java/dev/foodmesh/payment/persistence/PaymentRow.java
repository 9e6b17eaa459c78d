package dev.foodmesh.payment.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.payment.domain.PaymentStatus;
import dev.foodmesh.payment.domain.PaymentToken;

/**
 * A row of {@code payments}: the payment's state flattened, with the decline reason set
 * only when declined.
 */
record PaymentRow(UUID id, UUID orderId, PaymentStatus status, long amount, String currency, String token,
		@Nullable DeclineReason declineReason, Instant createdAt, Instant updatedAt) {

	static PaymentRow of(Payment payment) {
		PaymentDetails details = payment.details();
		DeclineReason reason = payment instanceof Payment.Declined declined ? declined.reason() : null;
		return new PaymentRow(details.id().value(), details.orderId().value(), payment.status(),
				details.amount().amount(), details.amount().currency(), details.token().value(), reason,
				details.createdAt(), payment.updatedAt());
	}

	Payment toPayment() {
		PaymentDetails details = new PaymentDetails(new PaymentId(id), new OrderId(orderId),
				new Money(amount, currency), new PaymentToken(token), createdAt);
		return switch (status) {
			case PENDING -> new Payment.Pending(details);
			case REFUNDING -> new Payment.Refunding(details, updatedAt);
			case AUTHORIZED -> new Payment.Authorized(details);
			case DECLINED -> new Payment.Declined(details, Objects.requireNonNull(declineReason, "decline reason"));
			case REFUNDED -> new Payment.Refunded(details, updatedAt);
		};
	}

}
