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
 * The active relay's backlog on a real Postgres leaves out the rows Kafka acknowledged
 * that are not marked published yet: they are on Kafka, and counting them kept the
 * backlog gauge above zero for as long as a trickle of events lasted.
 */
@KitIntegrationTest
class LeaderBacklogIT {

	@Autowired
	private OutboxRelay activeRelay;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Autowired
	private DatabaseClient database;

	private final List<UUID> inserted = Stream.generate(UUID::randomUUID).limit(3).toList();

	@BeforeEach
	void stopTheRelay() {
		AtomicBoolean stopped = new AtomicBoolean();
		this.activeRelay.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
	}

	@AfterEach
	void restartTheRelay() {
		this.database.sql("delete from outbox where event_id = any(:ids)")
			.bind("ids", this.inserted.toArray(UUID[]::new))
			.then()
			.block();
		this.activeRelay.start();
		await().until(() -> this.activeRelay.progress().isLeader());
	}

	@Test
	void shouldLeaveTheAcknowledgedRowsNotYetMarkedOutOfTheLeadersBacklog() {
		Flux.fromIterable(this.inserted).concatMap(this::insert).blockLast();
		List<OutboxRow> ours = new OutboxRows(this.database).markAndReadNext(List.of(), 10_000)
			.map((batch) -> batch.rows().stream().filter((row) -> this.inserted.contains(row.eventId())).toList())
			.block();
		assertThat(ours).hasSize(3);

		RelayLeadership leadership = new RelayLeadership(this.connectionFactory, Duration.ofSeconds(10));
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

}
