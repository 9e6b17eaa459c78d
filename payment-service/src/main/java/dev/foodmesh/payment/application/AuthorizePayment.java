package dev.foodmesh.payment.application;

import java.time.Clock;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentChange;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PaymentId;

/**
 * Authorises an order's total exactly once per order. A repeated request for the same order, whichever event
 * carried it, finds the existing payment and changes nothing; an order cancelled before it was paid is never
 * charged. The payment and its event commit together. A PSP without an answer fails the whole unit of work, which
 * is then retried; a decline is an outcome like an approval.
 */
public final class AuthorizePayment {

    private final Payments payments;

    private final CancelledOrders cancelledOrders;

    private final PaymentGateway gateway;

    private final PaymentEvents events;

    private final Transactions transactions;

    private final Clock clock;

    public AuthorizePayment(Payments payments, CancelledOrders cancelledOrders, PaymentGateway gateway,
            PaymentEvents events, Transactions transactions, Clock clock) {
        this.payments = payments;
        this.cancelledOrders = cancelledOrders;
        this.gateway = gateway;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Mono<AuthorizePaymentResult> authorize(AuthorizePaymentCommand command) {
        return transactions.required(payments.findByOrderId(command.orderId())
            .<AuthorizePaymentResult>map(AuthorizePaymentResult.AlreadyProcessed::new)
            .switchIfEmpty(Mono.defer(() -> authorizeUnlessCancelled(command))));
    }

    private Mono<AuthorizePaymentResult> authorizeUnlessCancelled(AuthorizePaymentCommand command) {
        return cancelledOrders.contains(command.orderId())
            .flatMap(cancelled -> cancelled ? Mono.just(new AuthorizePaymentResult.OrderCancelled(command.orderId()))
                    : charge(command));
    }

    private Mono<AuthorizePaymentResult> charge(AuthorizePaymentCommand command) {
        PaymentDetails details = command.toDetails(PaymentId.random(), clock.instant());
        return gateway.authorize(details).map(decision -> Payment.open(details, decision)).flatMap(this::store);
    }

    private Mono<AuthorizePaymentResult> store(PaymentChange.Changed opened) {
        return payments.add(opened.next())
            .then(events.publish(opened.events()))
            .thenReturn(new AuthorizePaymentResult.Processed(opened.next()));
    }

}
