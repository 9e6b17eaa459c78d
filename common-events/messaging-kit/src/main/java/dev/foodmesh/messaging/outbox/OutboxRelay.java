package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.autoconfigure.MessagingProperties;
import dev.foodmesh.messaging.kafka.RecordSender;
import dev.foodmesh.messaging.support.ReactiveLifecycle;

/**
 * Publishes committed outbox rows to Kafka, oldest first, at least once. One per service:
 * among replicas only the holder of the relay lock ({@link RelayLeadership}) publishes;
 * the others retry the lock periodically.
 * <p>
 * The active relay wakes on the outbox trigger's notification and, as a fallback, every
 * poll interval when rows wait. It reads up to a batch of unpublished rows in {@code seq}
 * order and sends them through the idempotent producer (so each order's events reach
 * their partition in order); once Kafka acknowledged every record, the batch is marked
 * published by the relay's next statement, which reads the rows behind it: one statement
 * per batch ({@link RelayTerm}). A failure (database or broker unavailable) gives up the
 * lock and retries after an exponential backoff; rows sent but not marked are sent again,
 * and consumers deduplicate them. A row Kafka refuses for good (too large, invalid) is
 * parked instead, so that it cannot stop every topic behind it. A graceful stop lets the
 * round in flight finish, publishes what is left once more, marks everything it sent, and
 * releases the lock.
 * <p>
 * Holding the lock proves only that the leader's connection lives, not that it publishes.
 * So the active relay watches itself: when it has neither finished a batch nor seen an
 * empty outbox for {@code step-down-after} (a send that hangs, a pipeline that stopped, a
 * half-open connection whose polls never answer), it gives up the lock and waits longer
 * than a standby's retry interval before it competes again. Standby replicas read the
 * backlog too, so the backlog gauges and the health tell the truth even when the leader
 * reports nothing. A leader that cannot run at all cannot watch itself either: the
 * database ends its lock session after the leader lease ({@link RelayLeadership}).
 */
public final class OutboxRelay extends ReactiveLifecycle {

	/**
	 * Starts before the consumers and stops after them, so events their handlers append
	 * are still flushed.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final RelayLeadership leadership;

	private final OutboxRows rows;

	private final OutboxRecords records;

	private final RecordSender sender;

	private final OutboxMetrics metrics;

	private final MessagingProperties.Outbox settings;

	private final AtomicInteger failures = new AtomicInteger();

	private final RelayProgress progress = new RelayProgress();

	public OutboxRelay(ConnectionFactory connectionFactory, DatabaseClient database, RecordSender sender,
			MeterRegistry meterRegistry, String serviceName, MessagingProperties.Outbox settings) {
		super("Outbox relay", PHASE, settings.shutdownTimeout());
		this.leadership = new RelayLeadership(connectionFactory, settings.leaderLease());
		this.rows = new OutboxRows(database);
		this.records = new OutboxRecords(serviceName);
		this.sender = sender;
		this.metrics = new OutboxMetrics(meterRegistry);
		this.settings = settings;
	}

	@Override
	protected Publisher<?> run() {
		return Mono.defer(this::round).repeat(() -> !isStopRequested());
	}

	private Mono<Void> round() {
		return this.leadership.whileLeader(this::lead).flatMap((led) -> {
			this.failures.set(0);
			if (led) {
				return Mono.<Void>empty();
			}
			return this.rows.backlog().doOnNext(this::observe).then(pause(this.settings.lockRetryInterval()));
		}).onErrorResume(this::afterFailure);
	}

	/**
	 * Whether this replica is the active relay, and the backlog it last saw (for health).
	 */
	RelayProgress progress() {
		return this.progress;
	}

	private Mono<Void> lead(PostgresqlConnection connection) {
		logger.info("This replica is now the active outbox relay");
		this.progress.leading(true);
		RelayTerm term = new RelayTerm();
		Mono<Void> publishing = wakeUps(connection, term).takeUntilOther(stopRequested())
			.concatWith(Mono.just(RelayTerm.FINAL))
			.onBackpressureLatest()
			.concatMap((wakeUp) -> wakenBy(wakeUp, term), 1)
			.then();
		return publishing.or(stepDownWhenStalled()).doFinally((signal) -> this.progress.leading(false));
	}

	// runs beside the pipeline, on the timer alone, so it fires even when the pipeline
	// hangs
	private Mono<Void> stepDownWhenStalled() {
		Duration limit = this.settings.stepDownAfter();
		return Flux.interval(this.settings.pollInterval())
			.filter((tick) -> this.progress.sinceHeartbeat().compareTo(limit) > 0)
			.next()
			.flatMap((tick) -> {
				this.metrics.steppedDown();
				return Mono.error(new RelayStalledException(this.progress.sinceHeartbeat()));
			});
	}

	private void observe(Backlog backlog) {
		this.progress.observed(backlog);
		this.metrics.backlog(backlog);
	}

	// a poll wakes the relay only when there is work: rows that wait (those the
	// notifications missed) or acknowledged rows to mark. The backlog it reports leaves
	// the latter out, as they are on Kafka already: counted, they would keep the backlog
	// above zero for as long as a trickle of events lasts
	private Flux<Long> wakeUps(PostgresqlConnection connection, RelayTerm term) {
		Flux<Long> notified = this.leadership.notifications(connection).map((notification) -> term.wokenUp());
		Flux<Long> polled = Flux.interval(Duration.ZERO, this.settings.pollInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> {
				List<OutboxRow> unmarked = term.unmarked();
				return this.leadership.backlog(connection, unmarked)
					.doOnNext(this::observe)
					.filter((backlog) -> backlog.rows() > 0 || !unmarked.isEmpty());
			})
			.map((backlog) -> term.wokenUp());
		return Flux.merge(notified, polled);
	}

	// a wake-up a read already answered costs nothing; the last, on a graceful stop,
	// drains and marks everything
	private Mono<Void> wakenBy(long wakeUp, RelayTerm term) {
		if (term.isAnswered(wakeUp)) {
			return Mono.empty();
		}
		return drain(term, wakeUp == RelayTerm.FINAL);
	}

	// a statement marks what Kafka acknowledged last and reads what waits, which is sent;
	// its mark waits for the next wake-up (a notification, or the poll, which counts it
	// as waiting), unless the batch was full or the relay is stopping: then the drain
	// goes on until a read comes back empty
	private Mono<Void> drain(RelayTerm term, boolean toTheEnd) {
		return read(term).expand((batch) -> {
			if (batch.isEmpty()) {
				return Mono.empty();
			}
			boolean more = toTheEnd || batch.rows().size() == this.settings.batchSize();
			return publish(batch, term).then(more ? read(term) : Mono.empty());
		}).then();
	}

	private Mono<OutboxBatch> read(RelayTerm term) {
		return Mono.defer(() -> this.rows.markAndReadNext(term.reading(), this.settings.batchSize()))
			.doOnSuccess((next) -> {
				this.progress.batchDone();
				// the backoff counts failures in a row: a leader that publishes again
				// starts its next one afresh
				this.failures.set(0);
			});
	}

	private Mono<Void> publish(OutboxBatch batch, RelayTerm term) {
		return send(batch.rows()).doOnSuccess((done) -> acknowledged(batch, batch.rows(), term))
			.onErrorResume(RefusedRecords::isPermanent, (refused) -> publishOneByOne(batch, term));
	}

	private Mono<Void> send(List<OutboxRow> rows) {
		return this.sender.send(rows.stream().map(this.records::toRecord).toList()).then();
	}

	private void acknowledged(OutboxBatch batch, List<OutboxRow> rows, RelayTerm term) {
		rows.forEach((row) -> this.metrics.published(row, batch.waitedBy(row)));
		term.acknowledged(rows);
	}

	// Kafka refused a record of the batch for good (too large, invalid): find it by
	// sending the batch again one row at a time, in order, and park it, so that one bad
	// row does not stop every topic behind it; any other failure still fails the round
	// and is retried
	private Mono<Void> publishOneByOne(OutboxBatch batch, RelayTerm term) {
		return Flux.fromIterable(batch.rows())
			.concatMap((row) -> send(List.of(row)).doOnSuccess((done) -> acknowledged(batch, List.of(row), term))
				.onErrorResume(RefusedRecords::isPermanent, (refused) -> park(row, refused)))
			.then();
	}

	private Mono<Void> park(OutboxRow row, Throwable refused) {
		logger.error(
				"Kafka refused outbox row {} (event {}, {} on {}) for good; parked it, the rows behind it go on: {}",
				row.seq(), row.eventId(), row.ceType(), row.topic(), refused.toString());
		return this.rows.park(row, refused.toString()).doOnSuccess((parked) -> this.metrics.parked());
	}

	private Mono<Void> afterFailure(Throwable failure) {
		Duration pause = this.settings.retryBackoff().delayAfter(this.failures.incrementAndGet());
		if (failure instanceof RelayStalledException) {
			// let a standby, which retries every lock-retry interval, take the lock first
			Duration standbysTurn = this.settings.lockRetryInterval().multipliedBy(2);
			pause = (pause.compareTo(standbysTurn) > 0) ? pause : standbysTurn;
		}
		logger.warn("Outbox relay failed, retrying in {}: {}", pause, failure.toString());
		logger.debug("Outbox relay failure", failure);
		return pause(pause);
	}

	private Mono<Void> pause(Duration duration) {
		return Mono.delay(duration).takeUntilOther(stopRequested()).then();
	}

}
