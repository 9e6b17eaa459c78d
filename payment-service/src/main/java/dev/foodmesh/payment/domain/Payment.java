package dev.foodmesh.payment.domain;

import java.time.Instant;
import java.util.List;

/**
 * One order's payment, as type-state: {@link Authorized} (money is held), {@link Declined} (nothing was held, with
 * the PSP's reason) or {@link Refunded} (held money was released). An authorised payment can be refunded once;
 * nothing else changes a payment.
 */
public sealed interface Payment {

    PaymentDetails details();

    PaymentStatus status();

    Instant updatedAt();

    default PaymentId id() {
        return details().id();
    }

    default OrderId orderId() {
        return details().orderId();
    }

    /** Opens a payment from the PSP's decision; approved or declined, the outcome is final and is announced. */
    static PaymentChange.Changed open(PaymentDetails details, PspDecision decision) {
        Instant at = details.createdAt();
        return switch (decision) {
            case PspDecision.Approved() -> new PaymentChange.Changed(new Authorized(details),
                    List.of(new PaymentEvent.Authorized(details.id(), details.orderId(), details.amount(), at)));
            case PspDecision.Declined(DeclineReason reason) -> new PaymentChange.Changed(new Declined(details, reason),
                    List.of(new PaymentEvent.Declined(details.id(), details.orderId(), reason, at)));
        };
    }

    /**
     * Refunds the held amount in full. Refunding a refunded payment changes nothing (a redelivered cancellation is
     * harmless); a declined payment holds no money, so there is nothing to refund.
     */
    default PaymentChange refund(Instant now) {
        return switch (this) {
            case Authorized authorized -> new PaymentChange.Changed(new Refunded(details(), now), List.of(
                    new PaymentEvent.Refunded(id(), orderId(), details().amount(), now)));
            case Refunded refunded -> PaymentChange.Changed.unchanged(refunded);
            case Declined declined -> new PaymentChange.Rejected(PaymentRejection.PAYMENT_DECLINED);
        };
    }

    record Authorized(PaymentDetails details) implements Payment {

        @Override
        public PaymentStatus status() {
            return PaymentStatus.AUTHORIZED;
        }

        @Override
        public Instant updatedAt() {
            return details.createdAt();
        }

    }

    record Declined(PaymentDetails details, DeclineReason reason) implements Payment {

        @Override
        public PaymentStatus status() {
            return PaymentStatus.DECLINED;
        }

        @Override
        public Instant updatedAt() {
            return details.createdAt();
        }

    }

    record Refunded(PaymentDetails details, Instant refundedAt) implements Payment {

        @Override
        public PaymentStatus status() {
            return PaymentStatus.REFUNDED;
        }

        @Override
        public Instant updatedAt() {
            return refundedAt;
        }

    }

}
