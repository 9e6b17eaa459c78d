package dev.foodmesh.payment.application;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;
import dev.foodmesh.payment.domain.PspSimulator;

/** A PSP that decides like the simulator, records what it did, and can be told to give no answer. */
final class FakePaymentGateway implements PaymentGateway {

    private final AtomicInteger unansweredCalls = new AtomicInteger();

    private final List<PaymentDetails> charged = new CopyOnWriteArrayList<>();

    private final List<PaymentDetails> refunded = new CopyOnWriteArrayList<>();

    @Override
    public Mono<PspDecision> authorize(PaymentDetails payment) {
        return answer().then(Mono.fromSupplier(() -> {
            charged.add(payment);
            return PspSimulator.decide(payment.token());
        }));
    }

    @Override
    public Mono<Void> refund(PaymentDetails payment) {
        return answer().then(Mono.fromRunnable(() -> refunded.add(payment)));
    }

    void leaveUnanswered(int calls) {
        unansweredCalls.set(calls);
    }

    List<PaymentDetails> charged() {
        return charged;
    }

    List<PaymentDetails> refunded() {
        return refunded;
    }

    private Mono<Void> answer() {
        return Mono.defer(() -> unansweredCalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                ? Mono.error(new PspUnavailableException("PSP down", new ConnectException("refused"))) : Mono.empty());
    }

}
