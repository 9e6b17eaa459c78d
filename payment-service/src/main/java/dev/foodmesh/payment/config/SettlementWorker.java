package dev.foodmesh.payment.config;

import java.time.Duration;
import java.util.Optional;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.consumer.EventConsumers;
import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.messaging.outbox.OutboxRelay;
import dev.foodmesh.messaging.support.ReactiveLifecycle;
import dev.foodmesh.payment.application.Settlements;
import dev.foodmesh.payment.domain.Payment;

/**
 * Settles reservations as soon as they commit, a bounded number at a time, so a batch of
 * reservations never turns into an unbounded burst of PSP calls and transactions. Its
 * phase lies between the consumers' and the relay's: it starts before the consumers hand
 * it anything and stops after them (their last commits still hand reservations over), and
 * before the relay, which then publishes the settlements' events. Reservations still
 * queued at shutdown are settled before it stops; those cut off by the shutdown timeout
 * or a crash are left to the recovery pass.
 */
final class SettlementWorker extends ReactiveLifecycle implements Settlements {

	static final int PHASE = (EventConsumers.PHASE + OutboxRelay.PHASE) / 2;

	// PSP calls in flight at once; each holds no connection, and its record transaction
	// only briefly
	private static final int CONCURRENCY = 32;

	private static final Duration EMIT_PATIENCE = Duration.ofSeconds(1);

	private final Settler settler;

	private volatile Sinks.Many<Queued> queue = Sinks.many().unicast().onBackpressureBuffer();

	SettlementWorker(Settler settler, Duration shutdownTimeout) {
		super("Payment settlements", PHASE, shutdownTimeout);
		this.settler = settler;
	}

	@Override
	protected Publisher<?> run() {
		Sinks.Many<Queued> fresh = Sinks.many().unicast().onBackpressureBuffer();
		queue = fresh;
		// the consumers stop before this worker, so nothing more is handed over once a
		// stop is requested: what is queued then is still settled (within the shutdown
		// timeout) rather than left for the recovery pass
		Mono<Queued> closeOnStop = stopRequested().doOnSuccess(stopped -> fresh.tryEmitComplete()).then(Mono.empty());
		return fresh.asFlux()
			.mergeWith(closeOnStop)
			.flatMap(queued -> settler.settle(queued.reserved(), queued.trace()), CONCURRENCY);
	}

	@Override
	public Mono<Void> submit(Payment reserved) {
		// the trace is read now, where the reservation is made; the hand-over happens
		// when subscribed, after commit
		return Traces.current()
			.doOnNext(trace -> queue.emitNext(new Queued(reserved, trace),
					Sinks.EmitFailureHandler.busyLooping(EMIT_PATIENCE)))
			.then();
	}

	private record Queued(Payment reserved, Optional<TraceParent> trace) {
	}

}
