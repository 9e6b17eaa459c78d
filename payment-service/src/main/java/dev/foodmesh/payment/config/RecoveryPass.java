package dev.foodmesh.payment.config;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.application.SettlePayment;

/**
 * One pass over the reservations left unsettled for longer than {@code staleAfter}: the
 * process that reserved them crashed between reserving and recording, or their settlement
 * failed. Repeating their PSP calls is safe because each carries the key of its payment's
 * operation. Run every {@code foodmesh.payment.recovery.interval} by the kit's
 * {@code PeriodicTask}; safe on every replica at once: a row settled by one is a no-op
 * for the others.
 */
final class RecoveryPass {

	private static final Logger log = LoggerFactory.getLogger(RecoveryPass.class);

	private static final int CONCURRENCY = 4;

	private final SettlePayment settlePayment;

	private final Settler settler;

	private final Duration staleAfter;

	RecoveryPass(SettlePayment settlePayment, Settler settler, Duration staleAfter) {
		this.settlePayment = settlePayment;
		this.settler = settler;
		this.staleAfter = staleAfter;
	}

	/** Settles the stale reservations; answers how many. */
	Mono<Long> recover() {
		return settlePayment.unsettled(staleAfter)
			.doOnNext(reserved -> log.info("Recovering the {} payment of order {}, unsettled since {}",
					reserved.status(), reserved.orderId(), reserved.updatedAt()))
			.flatMap(reserved -> settler.settle(reserved, Optional.empty()).thenReturn(reserved), CONCURRENCY)
			.count();
	}

}
