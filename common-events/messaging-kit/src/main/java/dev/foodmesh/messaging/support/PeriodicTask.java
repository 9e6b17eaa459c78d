package dev.foodmesh.messaging.support;

import java.time.Duration;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

import dev.foodmesh.messaging.Traces;

/**
 * The one runner of periodic passes (the kit's retention, every service's scans and
 * simulators): a pass every interval while the application runs.
 * <ul>
 * <li>Passes never overlap: ticks that come during a long pass are dropped.</li>
 * <li>Each pass runs outside any trace ({@link Traces#outsideAnyTrace}), so what it emits
 * joins only a trace it continues or starts itself, never the one the previous pass left
 * on the thread.</li>
 * <li>Each pass has a time limit: a pass stuck on a dead connection is cancelled (rolling
 * its transaction back) rather than holding back every later tick.</li>
 * <li>A failed or cancelled pass is logged and the next tick tries again.</li>
 * <li>On stop no new pass starts and the one in flight finishes, within its time limit,
 * before the container moves on to the phases below (the relay then still publishes what
 * the pass appended).</li>
 * </ul>
 */
public final class PeriodicTask extends ReactiveLifecycle {

	/**
	 * A pass's time limit unless told otherwise: the container's default wait for a
	 * lifecycle phase to stop.
	 */
	public static final Duration DEFAULT_PASS_LIMIT = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(PeriodicTask.class);

	private final String name;

	private final Duration interval;

	private final Duration passLimit;

	private final Supplier<? extends Publisher<?>> pass;

	/**
	 * A pass every {@code interval}, limited to {@link #DEFAULT_PASS_LIMIT}, stopped with
	 * the default phase.
	 */
	public PeriodicTask(String name, Duration interval, Supplier<? extends Publisher<?>> pass) {
		this(name, interval, DEFAULT_PASS_LIMIT, SmartLifecycle.DEFAULT_PHASE, pass);
	}

	/**
	 * @param passLimit longest a pass may run; also the longest a stop waits for the pass
	 * in flight
	 * @param phase the lifecycle phase: a task whose passes feed another lifecycle bean
	 * stops before it
	 */
	public PeriodicTask(String name, Duration interval, Duration passLimit, int phase,
			Supplier<? extends Publisher<?>> pass) {
		super(name, phase, passLimit);
		this.name = name;
		this.interval = interval;
		this.passLimit = passLimit;
		this.pass = pass;
	}

	@Override
	protected Publisher<?> run() {
		logger.info("Started {} every {}", this.name, this.interval);
		return Flux.interval(this.interval)
			.onBackpressureDrop()
			.takeUntilOther(stopRequested())
			.concatMap((tick) -> runPass(), 0);
	}

	private Mono<Long> runPass() {
		return Traces.outsideAnyTrace(() -> Flux.from(this.pass.get()).count())
			.timeout(this.passLimit)
			.onErrorResume((error) -> {
				logger.warn("{} failed; the next pass retries", this.name, error);
				return Mono.empty();
			});
	}

}
