package dev.foodmesh.messaging.autoconfigure;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the messaging kit, under {@code foodmesh.messaging}. Every one has a
 * default that suits a service on the local stack; the defaults are sized for throughput
 * (batches) with low added latency. They are checked at startup: a value out of range (a
 * batch size of 0, a negative interval) stops the service with a message that names the
 * property.
 *
 * @param serviceName names the consumer group, the {@code processed_events} consumer and
 * {@code ce_source}; defaults to {@code spring.application.name}
 * @param outbox the outbox relay
 * @param consumer the consumers of {@code EventSubscription} beans
 * @param topics declaration of the event topics and their dead-letter twins
 * @param redrive the {@code dlt} actuator endpoint
 * @param retention the periodic pruning of the kit's tables and of the tables a service
 * declares
 */
@ConfigurationProperties("foodmesh.messaging")
@Validated
public record MessagingProperties(@Nullable String serviceName, @DefaultValue @Valid Outbox outbox,
		@DefaultValue @Valid Consumer consumer, @DefaultValue @Valid Topics topics,
		@DefaultValue @Valid Redrive redrive, @DefaultValue @Valid Retention retention) {

	/**
	 * @param relayEnabled whether this service runs an outbox relay (one replica at a
	 * time is active)
	 * @param batchSize rows read, published and marked per round
	 * @param pollInterval how often the active relay looks for rows without a
	 * notification (and refreshes the backlog gauge)
	 * @param lockRetryInterval how often a standby replica tries to become the active
	 * relay
	 * @param retryBackoff pause after a failure (database or broker unavailable) before
	 * the relay tries again
	 * @param shutdownTimeout how long a graceful stop waits for the batch in flight
	 * @param stepDownAfter the active relay gives up the relay lock, so that a standby
	 * replica takes over, when it has neither published a batch nor seen an empty outbox
	 * for this long (a hung send, a frozen pipeline, a dead connection to Postgres)
	 * @param stallThreshold the {@code outboxRelay} health (group {@code progress}) is
	 * down, on every replica, while the oldest unpublished row is older than this
	 * @param leaderLease Postgres ends the active relay's lock session when it has sent
	 * nothing on it for this long ({@code idle_session_timeout}), which releases the
	 * relay lock: a leader frozen as a whole process (SIGSTOP, a GC death spiral) or cut
	 * off from the database cannot step down by itself, so the database takes the lock
	 * from it. A live leader polls the backlog on that session every poll interval, so
	 * the lease must be well above it
	 */
	public record Outbox(@DefaultValue("true") boolean relayEnabled, @DefaultValue("500") @Positive int batchSize,
			@DefaultValue("1s") @DurationMin(millis = 1) Duration pollInterval,
			@DefaultValue("5s") @DurationMin(millis = 1) Duration lockRetryInterval,
			@DefaultValue @Valid Backoff retryBackoff,
			@DefaultValue("30s") @DurationMin(millis = 1) Duration shutdownTimeout,
			@DefaultValue("30s") @DurationMin(millis = 1) Duration stepDownAfter,
			@DefaultValue("60s") @DurationMin(millis = 1) Duration stallThreshold,
			@DefaultValue("15s") @DurationMin(seconds = 1) Duration leaderLease) {

		public Outbox {
			if (leaderLease.compareTo(pollInterval.multipliedBy(3)) < 0) {
				throw new IllegalArgumentException("foodmesh.messaging.outbox.leader-lease (" + leaderLease
						+ ") must be at least three poll intervals (" + pollInterval
						+ "), or a live leader loses the relay lock between two of its polls");
			}
		}

	}

	/**
	 * @param batchSize most records of one partition handled in one transaction
	 * @param maxParallelPartitions how many partitions (lanes) of one topic are processed
	 * at the same time
	 * @param commitInterval how often acknowledged offsets are committed (0 commits by
	 * batch size only)
	 * @param commitBatchSize acknowledged records that trigger a commit before the
	 * interval (0 commits by interval only)
	 * @param retryBackoff pauses between retries of a transient failure, which are
	 * retried for ever
	 * @param shutdownTimeout how long a graceful stop waits for the batches in flight
	 * @param stallThreshold the {@code consumers} health (group {@code progress}) is down
	 * while a partition with records waiting has finished no batch for this long
	 */
	public record Consumer(@DefaultValue("200") @Positive int batchSize,
			@DefaultValue("16") @Positive int maxParallelPartitions,
			@DefaultValue("1s") @DurationMin(millis = 0) Duration commitInterval,
			@DefaultValue("500") @PositiveOrZero int commitBatchSize, @DefaultValue @Valid Backoff retryBackoff,
			@DefaultValue("30s") @DurationMin(millis = 1) Duration shutdownTimeout,
			@DefaultValue("60s") @DurationMin(millis = 1) Duration stallThreshold) {
	}

	/**
	 * Exponential backoff: the first pause, doubled after each further failure up to the
	 * maximum.
	 *
	 * @param initial the first pause
	 * @param max the longest pause
	 */
	public record Backoff(@DefaultValue("200ms") @DurationMin(millis = 1) Duration initial,
			@DefaultValue("30s") @DurationMin(millis = 1) Duration max) {

		/** The pause after the given number of consecutive failures (1 for the first). */
		public Duration delayAfter(int failures) {
			int doublings = Math.min(Math.max(failures - 1, 0), 30);
			Duration delay = this.initial.multipliedBy(1L << doublings);
			return (delay.compareTo(this.max) > 0) ? this.max : delay;
		}

	}

	/**
	 * Who owns the topics. With {@code create} (the default, the local stack) the service
	 * declares them and creates any that are missing. Without it the platform owns them
	 * (the Helm chart's topics Job, Strimzi's KafkaTopic resources, a managed cluster's
	 * tooling) with its own partitions, replication and {@code min.insync.replicas}: the
	 * service then never creates a topic, it only checks at startup that every one
	 * exists, holding readiness back until they do, and stops when they have not appeared
	 * within {@code existenceTimeout}.
	 *
	 * @param create whether to declare the three event topics and their {@code .dlt}
	 * twins at startup
	 * @param partitions partitions of each declared topic
	 * @param replication replication factor of each declared topic
	 * @param existenceTimeout without {@code create}: how long startup waits for the
	 * topics to exist
	 * @param existenceCheckInterval without {@code create}: pause between two looks at
	 * the broker's topics
	 */
	public record Topics(@DefaultValue("true") boolean create, @DefaultValue("3") @Positive int partitions,
			@DefaultValue("1") @Positive short replication,
			@DefaultValue("5m") @DurationMin(millis = 1) Duration existenceTimeout,
			@DefaultValue("2s") @DurationMin(millis = 1) Duration existenceCheckInterval) {
	}

	/**
	 * Every replica prunes; batches skip the rows another replica is deleting, so they do
	 * not wait on each other.
	 *
	 * @param enabled whether this service prunes old rows
	 * @param interval pause between two passes over every retained table
	 * @param batchSize most rows one delete statement removes
	 * @param publishedOutbox how long an outbox row is kept once published (unpublished
	 * rows are never pruned)
	 * @param processedEvents how long a consumed event's id is kept to recognise a
	 * redelivery; longer than the topics' retention plus the longest redrive window, or a
	 * redriven duplicate is applied twice
	 */
	public record Retention(@DefaultValue("true") boolean enabled,
			@DefaultValue("10m") @DurationMin(millis = 1) Duration interval,
			@DefaultValue("1000") @Positive int batchSize,
			@DefaultValue("1d") @DurationMin(millis = 1) Duration publishedOutbox,
			@DefaultValue("8d") @DurationMin(millis = 1) Duration processedEvents) {
	}

	/**
	 * @param timeout longest a redrive may take before it is abandoned (what it
	 * republished stays republished)
	 */
	public record Redrive(@DefaultValue("60s") @DurationMin(millis = 1) Duration timeout) {
	}

}
