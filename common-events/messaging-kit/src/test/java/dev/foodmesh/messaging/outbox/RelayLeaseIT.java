package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.Topics;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay's leadership on a real Postgres. The lock's lease: a leader that sends
 * nothing more on its lock session (a frozen process keeps its socket open) loses the
 * lock to a standby, and a leader that polls keeps it. The leader's backlog leaves out
 * the rows Kafka acknowledged that are not marked published yet: they are on Kafka, and
 * counting them kept the backlog gauge above zero for as long as a trickle of events
 * lasted.
 */
@KitIntegrationTest
class RelayLeaseIT {

	private static final Duration LEASE = Duration.ofSeconds(2);

	@Autowired
	private OutboxRelay activeRelay;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Autowired
	private DatabaseClient database;

	private final List<UUID> inserted = Stream.generate(UUID::randomUUID).limit(3).toList();

	private Disposable leader;

	@BeforeEach
	void freeTheRelayLock() {
		stopAndWait(this.activeRelay);
	}

	@AfterEach
	void restoreTheActiveRelay() {
		this.database.sql("delete from outbox where event_id = any(:ids)")
			.bind("ids", this.inserted.toArray(UUID[]::new))
			.then()
			.block();
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

	@Test
	void shouldLeaveTheAcknowledgedRowsNotYetMarkedOutOfTheLeadersBacklog() {
		Flux.fromIterable(this.inserted).concatMap(this::insert).blockLast();
		List<OutboxRow> ours = new OutboxRows(this.database).markAndReadNext(List.of(), 10_000)
			.map((batch) -> batch.rows().stream().filter((row) -> this.inserted.contains(row.eventId())).toList())
			.block();
		assertThat(ours).hasSize(3);

		RelayLeadership leadership = new RelayLeadership(this.connectionFactory, LEASE);
		AtomicReference<Tuple2<Backlog, Backlog>> counted = new AtomicReference<>();
		Boolean led = leadership
			.whileLeader((connection) -> Mono
				.zip(leadership.backlog(connection, List.of()), leadership.backlog(connection, ours.subList(0, 2)))
				.doOnNext(counted::set)
				.then())
			.block();

		assertThat(led).isTrue();
		assertThat(counted.get().getT1().rows() - counted.get().getT2().rows()).as("rows left out").isEqualTo(2);
	}

	private Mono<Void> insert(UUID eventId) {
		return this.database.sql("""
				insert into outbox (event_id, topic, message_key, ce_type, payload, occurred_at)
				values (:eventId, :topic, :key, 'dev.foodmesh.payment.declined.v1', '{}'::jsonb, now())""")
			.bind("eventId", eventId)
			.bind("topic", Topics.PAYMENT_EVENTS)
			.bind("key", eventId.toString())
			.then();
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
