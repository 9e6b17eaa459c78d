package dev.foodmesh.messaging.consumer;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.GroupedFlux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.kafka.receiver.KafkaReceiver;
import reactor.kafka.receiver.ReceiverOffset;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.util.retry.Retry;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.autoconfigure.MessagingProperties;

/**
 * Consumes one subscribed topic. Records are spread over a bounded number of lanes by
 * partition, so each partition (and so each order) is processed in order while lanes run
 * in parallel; within a lane records are handled in batches: the records of one poll,
 * joined with those that arrived while the lane's previous batch was applied. On stop it
 * pauses fetching, lets the records it holds finish, commits what was acknowledged, and
 * only then closes the consumer.
 */
final class TopicConsumer<E extends IntegrationEvent> {

	private static final Logger logger = LoggerFactory.getLogger(TopicConsumer.class);

	private static final Duration IDLE_CHECK = Duration.ofMillis(20);

	private final ReceiverOptions<byte[], byte[]> options;

	private final BatchProcessor<E> processor;

	private final MessagingProperties.Consumer settings;

	private final ConsumerMetrics metrics;

	private final PartitionProgress progress;

	private final AtomicLong inFlight = new AtomicLong();

	private final AtomicReference<@Nullable ReceiverOffset> lastAcknowledged = new AtomicReference<>();

	TopicConsumer(ReceiverOptions<byte[], byte[]> options, BatchProcessor<E> processor,
			MessagingProperties.Consumer settings, ConsumerMetrics metrics, PartitionProgress progress) {
		this.options = options;
		this.processor = processor;
		this.settings = settings;
		this.metrics = metrics;
		this.progress = progress;
	}

	PartitionProgress progress() {
		return this.progress;
	}

	String topic() {
		return String.join(",", this.options.subscriptionTopics());
	}

	/** Consumes until a stop is requested and the records in flight are done. */
	Flux<Void> consume(Mono<Void> stopRequested) {
		KafkaReceiver<byte[], byte[]> receiver = KafkaReceiver.create(this.options);
		int lanes = this.settings.maxParallelPartitions();
		return Flux.defer(() -> receiveCounted(receiver))
			.subscribeOn(Schedulers.boundedElastic())
			.concatMapIterable(TopicConsumer::byPartition, 1)
			.groupBy((chunk) -> chunk.get(0).partition() % lanes, lanes)
			.flatMap(this::processLane, lanes)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.settings.retryBackoff().initial())
				.maxBackoff(this.settings.retryBackoff().max())
				.doBeforeRetry(this::logFailure))
			.takeUntilOther(stopRequested.then(pauseAndDrain(receiver)));
	}

	// the receiver itself failed (e.g. the broker or the group coordinator): a batch's
	// failure never gets here
	private void logFailure(Retry.RetrySignal signal) {
		this.metrics.restarted();
		logger.warn("Consumer of {} failed, reconnecting: {}", this.options.subscriptionTopics(),
				signal.failure().toString());
		logger.debug("Consumer failure", signal.failure());
	}

	// one list per poll. Subscribing creates the Kafka consumer, which may block (also on
	// a resubscription after a failure)
	private Flux<List<ReceiverRecord<byte[], byte[]>>> receiveCounted(KafkaReceiver<byte[], byte[]> receiver) {
		this.inFlight.set(0);
		// cancelling closes the consumer, which blocks: never on the thread that happens
		// to cancel
		return receiver.receiveBatch()
			.cancelOn(Schedulers.boundedElastic())
			.concatMap(Flux::collectList, 1)
			.doOnNext((poll) -> {
				this.inFlight.addAndGet(poll.size());
				poll.forEach(
						(record) -> this.progress.received(record.receiverOffset().topicPartition(), record.offset()));
			});
	}

	private Flux<Void> processLane(GroupedFlux<Integer, List<ReceiverRecord<byte[], byte[]>>> lane) {
		// no prefetch: while a batch is processed, the polls arriving behind it join into
		// the next batch
		return new SmartBatches<>(lane, this.settings.batchSize())
			.concatMap((records) -> Flux.fromIterable(byPartition(records)).concatMap(this::processBatch), 0);
	}

	// each partition's records, in offset order: a lane serves several partitions when a
	// topic has more partitions than lanes, and a batch stays in one
	private static Collection<List<ReceiverRecord<byte[], byte[]>>> byPartition(
			List<ReceiverRecord<byte[], byte[]>> records) {
		return records.stream()
			.collect(Collectors.groupingBy(ReceiverRecord::partition, LinkedHashMap::new, Collectors.toList()))
			.values();
	}

	// BatchProcessor contains every failure of a batch; should one still escape, it stays
	// with this batch (retried with backoff, nothing acknowledged) instead of cancelling
	// every lane and restarting the consumer
	private Mono<Void> processBatch(List<ReceiverRecord<byte[], byte[]>> batch) {
		return Mono.defer(() -> this.processor.process(batch))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.settings.retryBackoff().initial())
				.maxBackoff(this.settings.retryBackoff().max())
				.doBeforeRetry((signal) -> logger.error(
						"Processing {} record(s) of {}-{} from offset {} failed; " + "retrying them (attempt {})",
						batch.size(), batch.get(0).topic(), batch.get(0).partition(), batch.get(0).offset(),
						signal.totalRetries() + 1, signal.failure())))
			.doOnSuccess((done) -> {
				ReceiverRecord<byte[], byte[]> last = batch.get(batch.size() - 1);
				this.lastAcknowledged.set(last.receiverOffset());
				this.progress.applied(last.receiverOffset().topicPartition(), last.offset());
			})
			.doFinally((signal) -> this.inFlight.addAndGet(-batch.size()));
	}

	private Mono<Boolean> pauseAndDrain(KafkaReceiver<byte[], byte[]> receiver) {
		return receiver.doOnConsumer((consumer) -> {
			consumer.pause(consumer.assignment());
			return true;
		})
			.onErrorReturn(true)
			.then(Flux.interval(IDLE_CHECK).filter((tick) -> this.inFlight.get() <= 0).next())
			.then(commitAcknowledged())
			.thenReturn(true);
	}

	// one awaited commit of everything acknowledged, so a graceful stop leaves nothing to
	// redeliver
	private Mono<Void> commitAcknowledged() {
		ReceiverOffset last = this.lastAcknowledged.getAndSet(null);
		if (last == null) {
			return Mono.empty();
		}
		return last.commit().onErrorResume((failure) -> {
			logger.warn("Final commit failed; the last records will be redelivered: {}", failure.toString());
			return Mono.empty();
		});
	}

}
