package dev.foodmesh.payment.psp;

import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.application.PspUnavailableException;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;
import dev.foodmesh.payment.domain.PspSimulator;

/**
 * The simulated PSP's side of a call, as a real PSP behaves toward its client: it acts once per idempotency key (an
 * authorisation decided by {@link PspSimulator}, a refund) and answers every repetition of a key it remembers with
 * its first answer, without acting again ({@link IdempotencyLedger}). It counts what it does,
 * {@code foodmesh_psp_charges_total} (approved authorisations: money held), {@code foodmesh_psp_refunds_total} and
 * {@code foodmesh_psp_replays_total{operation}} (repeated keys answered from the ledger), and logs one line per
 * charge and per refund, which a drill counts per order across restarts.
 * <p>
 * Every call waits the configured latency without blocking a thread. A drilled failure ({@link SimulatorFaults})
 * loses the answer <em>after</em> the PSP has acted, the case in which a client cannot tell whether money moved and
 * only the idempotency key keeps a repetition from charging twice.
 */
public final class SimulatedPsp {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPsp.class);

    private final Duration latency;

    private final SimulatorFaults faults;

    private final IdempotencyLedger<Authorization> authorizations;

    private final IdempotencyLedger<Boolean> refunds;

    private final Counter charged;

    private final Counter refunded;

    private final Counter authorizationReplays;

    private final Counter refundReplays;

    public SimulatedPsp(Duration latency, SimulatorFaults faults, int ledgerCapacity, MeterRegistry registry) {
        this.latency = latency;
        this.faults = faults;
        this.authorizations = new IdempotencyLedger<>(ledgerCapacity);
        this.refunds = new IdempotencyLedger<>(ledgerCapacity);
        this.charged = Counter.builder("foodmesh.psp.charges")
            .description("Authorisations the simulated PSP approved for a new idempotency key (money held)")
            .register(registry);
        this.refunded = Counter.builder("foodmesh.psp.refunds")
            .description("Refunds the simulated PSP made for a new idempotency key")
            .register(registry);
        this.authorizationReplays = replays("authorize", registry);
        this.refundReplays = replays("refund", registry);
        Gauge.builder("foodmesh.psp.ledger.keys", this, psp -> psp.authorizations.size() + psp.refunds.size())
            .description("Idempotency keys the simulated PSP remembers")
            .register(registry);
    }

    private static Counter replays(String operation, MeterRegistry registry) {
        return Counter.builder("foodmesh.psp.replays")
            .description("Calls the simulated PSP answered from its ledger: a known idempotency key, nothing done again")
            .tag("operation", operation)
            .register(registry);
    }

    public Mono<PspDecision> authorize(IdempotencyKey key, PaymentDetails payment) {
        return answered(() -> {
            IdempotencyLedger.Recorded<Authorization> recorded = authorizations.answer(key,
                    () -> new Authorization(payment.orderId(), decide(key, payment)));
            count(recorded, authorizationReplays);
            return recorded.answer().decision();
        });
    }

    public Mono<Void> refund(IdempotencyKey key, PaymentDetails payment) {
        return answered(() -> {
            count(refunds.answer(key, () -> refundNow(key, payment)), refundReplays);
            return null;
        }).then();
    }

    /**
     * How many times the PSP has held money for the order, under any key it still remembers: more than one is a
     * double charge. Scans the ledger; for tests and diagnosis, not for a hot path.
     */
    public long chargesOf(OrderId orderId) {
        return authorizations.count(
                charge -> charge.orderId().equals(orderId) && charge.decision() instanceof PspDecision.Approved);
    }

    private PspDecision decide(IdempotencyKey key, PaymentDetails payment) {
        PspDecision decision = PspSimulator.decide(payment.token());
        if (decision instanceof PspDecision.Approved) {
            charged.increment();
            log.atInfo()
                .addKeyValue("orderId", payment.orderId().toString())
                .addKeyValue("idempotencyKey", key.value())
                .log("PSP charged order {}: {} {} (key {})", payment.orderId(), payment.amount().amount(),
                        payment.amount().currency(), key);
        }
        return decision;
    }

    private boolean refundNow(IdempotencyKey key, PaymentDetails payment) {
        refunded.increment();
        log.atInfo()
            .addKeyValue("orderId", payment.orderId().toString())
            .addKeyValue("idempotencyKey", key.value())
            .log("PSP refunded order {}: {} {} (key {})", payment.orderId(), payment.amount().amount(),
                    payment.amount().currency(), key);
        return true;
    }

    private static void count(IdempotencyLedger.Recorded<?> recorded, Counter replays) {
        if (recorded.replayed()) {
            replays.increment();
        }
    }

    private <T> Mono<T> answered(Callable<T> act) {
        return pause().then(Mono.fromCallable(act)).doOnSuccess(answer -> loseAnswerWhenDrilled());
    }

    private Mono<Long> pause() {
        // Mono.delay hops to the parallel scheduler even for zero; skip it when there is no latency to simulate
        return latency.isZero() ? Mono.just(0L) : Mono.delay(latency);
    }

    private void loseAnswerWhenDrilled() {
        if (faults.nextCallFails()) {
            throw new PspUnavailableException("simulated PSP fault (failure rate " + faults.failureRate()
                    + "): the PSP acted, its answer was lost", new SocketException("simulated: connection reset"));
        }
    }

    private record Authorization(OrderId orderId, PspDecision decision) {
    }

}
