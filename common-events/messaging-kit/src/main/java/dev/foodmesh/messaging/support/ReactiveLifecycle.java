package dev.foodmesh.messaging.support;

import java.time.Duration;

import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;

/**
 * A background loop that lives as long as the application context: subscribed once on
 * start, and stopped gracefully. On stop the loop is told to finish
 * ({@link #stopRequested()}) and given up to the shutdown timeout to complete by itself,
 * finishing the work in flight; only then is it cancelled. The container waits for this
 * before it stops the phases below, such as the relay after the consumers.
 */
public abstract class ReactiveLifecycle implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ReactiveLifecycle.class);

	private final String name;

	private final int phase;

	private final Duration shutdownTimeout;

	private volatile boolean running;

	private volatile Sinks.Empty<Void> stopRequest = Sinks.empty();

	private volatile Sinks.Empty<Void> terminated = Sinks.empty();

	private volatile Disposable subscription = Disposables.disposed();

	protected ReactiveLifecycle(String name, int phase, Duration shutdownTimeout) {
		this.name = name;
		this.phase = phase;
		this.shutdownTimeout = shutdownTimeout;
	}

	/** The loop; it must complete soon after {@link #stopRequested()} completes. */
	protected abstract Publisher<?> run();

	/** Completes when a stop was requested. */
	protected final Mono<Void> stopRequested() {
		return this.stopRequest.asMono();
	}

	protected final boolean isStopRequested() {
		return !this.running;
	}

	@Override
	public void start() {
		this.stopRequest = Sinks.empty();
		this.terminated = Sinks.empty();
		this.running = true;
		Sinks.Empty<Void> terminatedNow = this.terminated;
		this.subscription = Flux.from(run())
			.doFinally((signal) -> terminatedNow.tryEmitEmpty())
			.subscribe(null, (error) -> logger.error("{} ended unexpectedly", this.name, error));
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		this.stopRequest.tryEmitEmpty();
		this.terminated.asMono().timeout(this.shutdownTimeout).doOnError((timeout) -> {
			logger.warn("{} did not finish within {}; cancelling it", this.name, this.shutdownTimeout);
			this.subscription.dispose();
		}).onErrorComplete().doFinally((signal) -> callback.run()).subscribe();
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
