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
 * Settles reservations as soon as they commit, a bounded number of PSP calls at a time,
 * so a batch of reservations never turns into an unbounded burst of calls. The answers
 * are recorded a batch at a time, one transaction after the other: whatever answers
 * arrived within the batch window, or while the previous batch was being recorded, go
 * into one transaction ({@link Settler#record}), so under load a settlement costs a share
 * of a transaction, and at low rates it waits at most the window. Its phase lies between
 * the consumers' and the relay's: it starts before the consumers hand it anything and
 * stops after them (their last commits still hand reservations over), and before the
 * relay, which then publishes the settlements' events. Reservations still queued at
 * shutdown are settled before it stops; those cut off by the shutdown timeout or a crash
 * are left to the recovery pass.
 */
final class SettlementWorker extends ReactiveLifecycle implements Settlements {

	static final int PHASE = (EventConsumers.PHASE + OutboxRelay.PHASE) / 2;

	// PSP calls in flight at once; each holds no connection
	private static final int CONCURRENCY = 32;

	// answers recorded in one transaction at most
	private static final int BATCH_SIZE = 64;

	private static final Duration EMIT_PATIENCE = Duration.ofSeconds(1);

	private final Settler settler;

	private final Duration batchWindow;

	private volatile Sinks.Many<Queued> queue = Sinks.many().unicast().onBackpressureBuffer();

	SettlementWorker(Settler settler, Duration batchWindow, Duration shutdownTimeout) {
		super("Payment settlements", PHASE, shutdownTimeout);
		this.settler = settler;
		this.batchWindow = batchWindow;
	}

	@Override
	protected Publisher<?> run() {
		Sinks.Many<Queued> fresh = Sinks.many().unicast().onBackpressureBuffer();
		queue = fresh;
		// the consumers stop before this worker, so nothing more is handed over once a
		// stop is requested: what is queued then is still settled (within the shutdown
		// timeout) rather than left for the recovery pass
		Mono<Queued> closeOnStop = stopRequested().doOnSuccess(stopped -> fresh.tryEmitComplete()).then(Mono.empty());
		// with backpressure, a batch that is due while the previous one is being recorded
		// waits for it, and takes in what arrives meanwhile
		return fresh.asFlux()
			.mergeWith(closeOnStop)
			.flatMap(queued -> settler.ask(queued.reserved(), queued.trace()), CONCURRENCY)
			.bufferTimeout(BATCH_SIZE, batchWindow, true)
			.concatMap(settler::record, 0);
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
