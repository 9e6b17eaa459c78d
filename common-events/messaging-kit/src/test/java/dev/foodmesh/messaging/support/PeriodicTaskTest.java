package dev.foodmesh.messaging.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PeriodicTaskTest {

	private static final Duration INTERVAL = Duration.ofMillis(10);

	private final AtomicInteger passes = new AtomicInteger();

	private PeriodicTask task;

	@AfterEach
	void stopTask() {
		if (this.task != null) {
			this.task.stop();
		}
	}

	@Test
	void shouldRunTheNextPassAfterAFailedOne() {
		this.task = new PeriodicTask("failing", INTERVAL,
				() -> Mono.error(new IllegalStateException("pass " + this.passes.incrementAndGet())));

		this.task.start();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.passes.get() >= 3);
	}

	@Test
	void shouldCancelAPassThatOutrunsItsLimitAndGoOn() {
		AtomicBoolean firstCancelled = new AtomicBoolean();
		this.task = new PeriodicTask("stuck", INTERVAL, Duration.ofMillis(200), 0,
				() -> (this.passes.incrementAndGet() == 1) ? Mono.never().doOnCancel(() -> firstCancelled.set(true))
						: Mono.just("done"));

		this.task.start();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.passes.get() >= 2);
		assertThat(firstCancelled).isTrue();
	}

	@Test
	void shouldFinishThePassInFlightOnStopAndStartNoOther() throws InterruptedException {
		Sinks.Empty<Void> release = Sinks.empty();
		AtomicBoolean finished = new AtomicBoolean();
		this.task = new PeriodicTask("graceful", INTERVAL, Duration.ofSeconds(10), 0, () -> {
			this.passes.incrementAndGet();
			return release.asMono().doOnSuccess((done) -> finished.set(true));
		});
		this.task.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.passes.get() == 1);
		CountDownLatch stopped = new CountDownLatch(1);

		this.task.stop(stopped::countDown);

		assertThat(stopped.getCount()).as("stopped while the pass was in flight").isEqualTo(1);
		release.tryEmitEmpty();
		assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(finished).isTrue();
		assertThat(this.passes).hasValue(1);
	}

}
