package dev.foodmesh.payment.psp;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.application.PaymentGateway;
import dev.foodmesh.payment.application.PspUnavailableException;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;
import dev.foodmesh.payment.domain.PspSimulator;

/**
 * A PSP simulated in-process. Decisions come from {@link PspSimulator}, so replaying a call (the idempotency a real
 * PSP gives per order) yields the same answer; the simulated PSP refunds whatever it authorised. Every call waits
 * the configured latency without blocking a thread, may fail as {@link SimulatorFaults} dictates, and is bounded by
 * the call timeout, as a call to a real PSP would be.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

    private final Duration latency;

    private final Duration timeout;

    private final SimulatorFaults faults;

    private final Counter failures;

    public SimulatedPaymentGateway(Duration latency, Duration timeout, SimulatorFaults faults,
            MeterRegistry registry) {
        this.latency = latency;
        this.timeout = timeout;
        this.faults = faults;
        this.failures = Counter.builder("foodmesh.payment.psp.failures")
            .description("PSP calls that got no answer (simulated or timed out); the event is retried")
            .register(registry);
    }

    @Override
    public Mono<PspDecision> authorize(PaymentDetails payment) {
        return answer().thenReturn(payment.token()).map(PspSimulator::decide);
    }

    @Override
    public Mono<Void> refund(PaymentDetails payment) {
        return answer();
    }

    // the cause is the I/O failure or the timeout, as a real PSP client's would be: it marks the failure as transient
    private Mono<Void> answer() {
        return pause().then(Mono.<Void>fromRunnable(this::failWhenDrilled))
            .timeout(timeout)
            .onErrorMap(TimeoutException.class,
                    timedOut -> new PspUnavailableException("PSP gave no answer within " + timeout, timedOut))
            .doOnError(PspUnavailableException.class, error -> failures.increment())
            .checkpoint("psp-simulator");
    }

    private Mono<Long> pause() {
        // Mono.delay hops to the parallel scheduler even for zero; skip it when there is no latency to simulate
        return latency.isZero() ? Mono.just(0L) : Mono.delay(latency);
    }

    private void failWhenDrilled() {
        if (faults.nextCallFails()) {
            throw new PspUnavailableException("simulated PSP outage (failure rate " + faults.failureRate() + ")",
                    new ConnectException("simulated: PSP unreachable"));
        }
    }

}
