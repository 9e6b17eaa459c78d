package dev.foodmesh.messaging.consumer;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.util.retry.Retry;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.envelope.EventDecoder;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Handles one batch of records from one partition, and acknowledges it only when every
 * record is either applied (or recognised as a duplicate) in a committed transaction,
 * ignored by the handler, or safely in the dead-letter topic.
 * <p>
 * The decoded events are applied in one transaction for throughput. If that fails for a
 * permanent reason, they are applied one by one, each in its own transaction, so only the
 * failing event is dead-lettered; undecodable records are dead-lettered without being
 * tried. A transient failure retries the records one by one, each with exponential
 * backoff, for ever, in offset order, acknowledging nothing until all are done: the
 * events already committed are then skipped as duplicates. A dead-letter send that fails
 * is retried by {@link DeadLetters} until it succeeds.
 * <p>
 * Nothing about a record can fail the batch: decoding turns every record into an event or
 * a rejection. Should anything else still fail the batch for a permanent reason (a
 * defect, not a record), each of its records is processed again on its own, and a record
 * that still fails alone is dead-lettered with that failure; so the failure stays with
 * this batch and never reaches the consumer, which would otherwise be restarted and meet
 * the same batch again.
 */
final class BatchProcessor<E extends IntegrationEvent> {

	private static final Logger logger = LoggerFactory.getLogger(BatchProcessor.class);

	private final Class<E> eventType;

	private final EventDecoder decoder;

	private final IdempotentApplier<E> applier;

	private final DeadLetters deadLetters;

	private final ConsumerMetrics metrics;

	private final Retry transientRetry;

	BatchProcessor(Class<E> eventType, EventDecoder decoder, IdempotentApplier<E> applier, DeadLetters deadLetters,
			ConsumerMetrics metrics, Retry transientRetry) {
		this.eventType = eventType;
		this.decoder = decoder;
		this.applier = applier;
		this.deadLetters = deadLetters;
		this.metrics = metrics;
		this.transientRetry = transientRetry;
	}

	Mono<Void> process(List<ReceiverRecord<byte[], byte[]>> records) {
		return Mono.defer(() -> attemptWithRetries(records.stream().map(this::decode).toList()))
			.onErrorResume((failure) -> recordByRecord(records, failure))
			.then(Mono.fromRunnable(() -> records.forEach((record) -> record.receiverOffset().acknowledge())));
	}

	/**
	 * A transient failure of several records is retried record by record: the records
	 * before the failing one commit, and only the failing one waits for its backoff.
	 * Retrying the whole batch instead would repeat every record's work (a payment
	 * provider call each) and, with a dependency failing one call in twenty, a batch of a
	 * hundred would almost never succeed.
	 */
	private Mono<Void> attemptWithRetries(List<Inbound<E>> inbound) {
		if (inbound.size() == 1) {
			return Mono.defer(() -> attempt(inbound)).retryWhen(this.transientRetry);
		}
		return Mono.defer(() -> attempt(inbound)).onErrorResume(Failures::isTransient, (failure) -> {
			logger.warn("Transient failure of a batch of {} records ({}); retrying them one by one", inbound.size(),
					failure.toString());
			return Flux.fromIterable(inbound).concatMap((one) -> attemptWithRetries(List.of(one))).then();
		});
	}

	/**
	 * Never throws: a record that is not an event of the topic, whatever is wrong with
	 * it, is a rejection.
	 */
	private Inbound<E> decode(ReceiverRecord<byte[], byte[]> record) {
		try {
			return new Inbound.Decoded<>(record, this.decoder.decode(record, this.eventType),
					TraceParent.fromHeaders(record.headers()).orElse(null));
		}
		catch (RuntimeException ex) {
			return new Inbound.Rejected<>(record, ex);
		}
	}

	// the batch failed for a reason that is neither transient nor one record's (those are
	// handled in attempt)
	private Mono<Void> recordByRecord(List<ReceiverRecord<byte[], byte[]>> records, Throwable failure) {
		ReceiverRecord<byte[], byte[]> first = records.get(0);
		logger.error("Processing {} record(s) of {}-{} from offset {} failed unexpectedly; processing them one by one",
				records.size(), first.topic(), first.partition(), first.offset(), failure);
		return Flux.fromIterable(records)
			.concatMap((record) -> Mono.defer(() -> attemptWithRetries(List.of(decode(record))))
				.onErrorResume((alone) -> this.deadLetters.send(List.of(new Inbound.Rejected<>(record, alone)))))
			.then();
	}

	private Mono<Void> attempt(List<Inbound<E>> inbound) {
		List<Inbound.Decoded<E>> decoded = only(inbound, Inbound.Decoded.class);
		List<Inbound.Rejected<E>> undecodable = only(inbound, Inbound.Rejected.class);
		return applyTogether(decoded).onErrorResume(Failures::isPermanent, (failure) -> applyOneByOne(decoded, failure))
			.flatMap((failed) -> this.deadLetters.send(inOffsetOrder(undecodable, failed)));
	}

	private Mono<List<Inbound.Rejected<E>>> applyTogether(List<Inbound.Decoded<E>> decoded) {
		if (decoded.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.applier.apply(decoded).doOnNext((fresh) -> count(decoded, fresh)).thenReturn(List.of());
	}

	private Mono<List<Inbound.Rejected<E>>> applyOneByOne(List<Inbound.Decoded<E>> decoded, Throwable failure) {
		logger.warn("Applying a batch of {} events failed ({}); applying them one by one", decoded.size(),
				failure.toString());
		return Flux.fromIterable(decoded).concatMap(this::applyAlone).collectList();
	}

	private Mono<Inbound.Rejected<E>> applyAlone(Inbound.Decoded<E> decoded) {
		return applyTogether(List.of(decoded)).then(Mono.<Inbound.Rejected<E>>empty())
			.onErrorResume(Failures::isPermanent,
					(failure) -> Mono.just(new Inbound.Rejected<>(decoded.record(), failure)));
	}

	private void count(List<Inbound.Decoded<E>> decoded, List<IdempotentApplier.Outcome> outcomes) {
		for (int i = 0; i < decoded.size(); i++) {
			String type = EventCatalog.forEvent(decoded.get(i).event()).ceType();
			switch (outcomes.get(i)) {
				case APPLIED -> this.metrics.processed(type);
				case DUPLICATE -> this.metrics.duplicate(type);
				case IGNORED -> this.metrics.ignored(type);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> only(List<? extends Inbound<?>> inbound, Class<?> kind) {
		return (List<T>) inbound.stream().filter(kind::isInstance).toList();
	}

	private static <E extends IntegrationEvent> List<Inbound.Rejected<E>> inOffsetOrder(List<Inbound.Rejected<E>> first,
			List<Inbound.Rejected<E>> second) {
		return Stream.concat(first.stream(), second.stream())
			.sorted(Comparator.comparingLong((rejected) -> rejected.record().offset()))
			.toList();
	}

}
