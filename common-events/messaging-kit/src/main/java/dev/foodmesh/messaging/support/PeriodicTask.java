package dev.foodmesh.messaging.support;

import java.time.Duration;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;

import dev.foodmesh.messaging.Traces;

/**
 * Runs a pass every interval while the application runs. Passes never overlap: ticks that come during a long pass
 * are dropped. A failed pass (database unavailable, a lost race) is logged and the next tick tries again. On stop no
 * new pass starts and the one in flight finishes before the container moves on.
 */
public final class PeriodicTask implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PeriodicTask.class);

	private final String name;

	private final Duration interval;

	private final Supplier<? extends Publisher<?>> pass;

	private volatile Sinks.Empty<Void> stopRequest = Sinks.empty();

	private volatile Runnable onStopped = () -> {
	};

	private volatile boolean running;

	private volatile Disposable subscription = () -> {
	};

	public PeriodicTask(String name, Duration interval, Supplier<? extends Publisher<?>> pass) {
		this.name = name;
		this.interval = interval;
		this.pass = pass;
	}

	@Override
	public void start() {
		stopRequest = Sinks.empty();
		running = true;
		subscription = Flux.interval(interval)
			.onBackpressureDrop()
			.takeUntilOther(stopRequest.asMono())
			.concatMap(tick -> runPass(), 0)
			.doFinally(signal -> onStopped.run())
			.subscribe();
		logger.info("Started {} every {}", name, interval);
	}

	private Mono<Long> runPass() {
		return Traces.outsideAnyTrace(() -> Flux.from(pass.get()).count())
			.onErrorResume(error -> {
				logger.warn("{} failed; the next pass retries", name, error);
				return Mono.empty();
			});
	}

	@Override
	public void stop(Runnable callback) {
		onStopped = callback;
		running = false;
		stopRequest.tryEmitEmpty();
	}

	@Override
	public void stop() {
		running = false;
		subscription.dispose();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
