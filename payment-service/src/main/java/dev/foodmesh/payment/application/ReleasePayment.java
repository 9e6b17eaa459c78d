package dev.foodmesh.payment.application;

import java.time.Clock;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentChange;

/**
 * Releases what is held for a cancelled order: an authorised payment is refunded once, when the cancellation asks
 * for it. The payment row is locked for the transaction, so concurrent or repeated cancellations refund at most once.
 * A cancellation that finds no payment is remembered, so the order can never be charged afterwards.
 */
public final class ReleasePayment {

    private final Payments payments;

    private final CancelledOrders cancelledOrders;

    private final PaymentGateway gateway;

    private final PaymentEvents events;

    private final Transactions transactions;

    private final Clock clock;

    public ReleasePayment(Payments payments, CancelledOrders cancelledOrders, PaymentGateway gateway,
            PaymentEvents events, Transactions transactions, Clock clock) {
        this.payments = payments;
        this.cancelledOrders = cancelledOrders;
        this.gateway = gateway;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<ReleasePaymentResult> release(ReleasePaymentCommand command) {
        return transactions.required(payments.lockByOrderId(command.orderId())
            .flatMap(payment -> release(payment, command.refundRequested()))
            .switchIfEmpty(Mono.defer(() -> rememberCancellation(command.orderId()))));
    }

    private Mono<ReleasePaymentResult> release(Payment payment, boolean refundRequested) {
        if (!refundRequested) {
            return Mono.just(new ReleasePaymentResult.RefundNotRequested(payment));
        }
        return switch (payment.refund(clock.instant())) {
            case PaymentChange.Changed changed when changed.isNoOp() ->
                Mono.just(new ReleasePaymentResult.AlreadyRefunded(payment));
            case PaymentChange.Changed changed -> refund(payment, changed);
            case PaymentChange.Rejected(var reason) -> Mono.just(new ReleasePaymentResult.Rejected(payment, reason));
        };
    }

    private Mono<ReleasePaymentResult> refund(Payment payment, PaymentChange.Changed refunded) {
        return gateway.refund(payment.details())
            .then(payments.update(refunded.next()))
            .then(events.publish(refunded.events()))
            .thenReturn(new ReleasePaymentResult.Refunded(refunded.next()));
    }

    private Mono<ReleasePaymentResult> rememberCancellation(OrderId orderId) {
        return cancelledOrders.add(orderId, clock.instant()).thenReturn(new ReleasePaymentResult.NoPayment(orderId));
    }

}
