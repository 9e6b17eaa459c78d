package dev.foodmesh.payment.application;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;

/** What {@link AuthorizePayment} did. */
public sealed interface AuthorizePaymentResult {

    /** The PSP decided now; the payment is authorised or declined and the outcome announced. */
    record Processed(Payment payment) implements AuthorizePaymentResult {
    }

    /** The order already had a payment (a repeated request): nothing was charged or announced again. */
    record AlreadyProcessed(Payment payment) implements AuthorizePaymentResult {
    }

    /** The order had been cancelled before any payment: it is not charged. */
    record OrderCancelled(OrderId orderId) implements AuthorizePaymentResult {
    }

}
