package dev.foodmesh.payment.config;

import java.time.Duration;
import java.util.Optional;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.support.ReactiveLifecycle;
import dev.foodmesh.payment.application.SettlePayment;

/**
 * Every {@code interval}, settles the reservations left unsettled for longer than {@code staleAfter}: the process
 * that reserved them crashed between reserving and recording, or their settlement failed. Repeating their PSP calls
 * is safe because each carries the key of its payment's operation. Passes never overlap (ticks during a long pass are
 * dropped); a failed pass is logged and the next tick tries again. Safe on every replica at once: a row settled by
 * one is a no-op for the others.
 */
final class RecoveryPass extends ReactiveLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecoveryPass.class);

    private static final int CONCURRENCY = 4;

    private final SettlePayment settlePayment;

    private final Settler settler;

    private final Duration interval;

    private final Duration staleAfter;

    RecoveryPass(SettlePayment settlePayment, Settler settler, Duration interval, Duration staleAfter,
            Duration shutdownTimeout) {
        super("Payment recovery pass", SettlementWorker.PHASE, shutdownTimeout);
        this.settlePayment = settlePayment;
        this.settler = settler;
        this.interval = interval;
        this.staleAfter = staleAfter;
    }

    @Override
    protected Publisher<?> run() {
        return Flux.interval(interval)
            .onBackpressureDrop()
            .takeUntilOther(stopRequested())
            .concatMap(tick -> pass(), 0);
    }

    private Mono<Long> pass() {
        return Traces.outsideAnyTrace(() -> settlePayment.unsettled(staleAfter)
            .doOnNext(reserved -> log.info("Recovering the {} payment of order {}, unsettled since {}",
                    reserved.status(), reserved.orderId(), reserved.updatedAt()))
            .flatMap(reserved -> settler.settle(reserved, Optional.empty()).thenReturn(reserved), CONCURRENCY)
            .count())
            .onErrorResume(failure -> {
                log.warn("Payment recovery pass failed; the next pass retries", failure);
                return Mono.empty();
            });
    }

}
