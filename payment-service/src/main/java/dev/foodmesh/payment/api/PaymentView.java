package dev.foodmesh.payment.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentStatus;

/**
 * A payment as the API shows it; {@code declineReason} appears only on a declined
 * payment. The card token is never shown.
 */
record PaymentView(UUID id, UUID orderId, PaymentStatus status, MoneyView amount,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DeclineReason declineReason, Instant createdAt,
		Instant updatedAt) {

	static PaymentView of(Payment payment) {
		DeclineReason reason = payment instanceof Payment.Declined declined ? declined.reason() : null;
		return new PaymentView(payment.id().value(), payment.orderId().value(), payment.status(),
				MoneyView.of(payment.details().amount()), reason, payment.details().createdAt(), payment.updatedAt());
	}

}
