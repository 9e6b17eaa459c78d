package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import dev.foodmesh.messaging.testapp.KitIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay lock's lease on a real Postgres: a leader that sends nothing more on its lock
 * session (a frozen process keeps its socket open) loses the lock to a standby, and a
 * leader that polls keeps it.
 */
@KitIntegrationTest
class RelayLeaseIT {

	private static final Duration LEASE = Duration.ofSeconds(2);

	@Autowired
	private OutboxRelay activeRelay;

	@Autowired
	private ConnectionFactory connectionFactory;

	private Disposable leader;

	@BeforeEach
	void freeTheRelayLock() {
		stopAndWait(this.activeRelay);
	}

	@AfterEach
	void restoreTheActiveRelay() {
		if (this.leader != null) {
			this.leader.dispose();
		}
		this.activeRelay.start();
		// the next test expects the relay to publish: its start is in flight until it
		// leads again
		await().until(() -> this.activeRelay.progress().isLeader());
	}

	@Test
	void shouldLoseTheLockToAStandbyWhenTheLeaderSendsNothingForTheLease() {
		AtomicBoolean led = new AtomicBoolean();
		this.leader = new RelayLeadership(this.connectionFactory, LEASE)
			.whileLeader((connection) -> Mono.<Void>never().doOnSubscribe((subscription) -> led.set(true)))
			.subscribe();
		await().untilTrue(led);
		assertThat(standbyGetsTheLock()).isFalse();

		await().atMost(LEASE.multipliedBy(5)).until(this::standbyGetsTheLock);
	}

	@Test
	void shouldKeepTheLockWhileTheLeaderPollsWithinTheLease() {
		AtomicBoolean led = new AtomicBoolean();
		RelayLeadership leadership = new RelayLeadership(this.connectionFactory, LEASE);
		this.leader = leadership
			.whileLeader((connection) -> Flux.interval(LEASE.dividedBy(4))
				.doOnSubscribe((subscription) -> led.set(true))
				.concatMap((tick) -> leadership.backlog(connection, List.of()))
				.then())
			.subscribe();
		await().untilTrue(led);

		Mono.delay(LEASE.multipliedBy(3)).block();

		assertThat(standbyGetsTheLock()).isFalse();
	}

	private boolean standbyGetsTheLock() {
		return new RelayLeadership(this.connectionFactory, LEASE).whileLeader((connection) -> Mono.empty()).block();
	}

	private static void stopAndWait(OutboxRelay relay) {
		AtomicBoolean stopped = new AtomicBoolean();
		relay.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
	}

}
