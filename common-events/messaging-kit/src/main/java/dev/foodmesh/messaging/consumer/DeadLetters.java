package dev.foodmesh.messaging.consumer;

import java.util.List;
import java.util.Objects;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.kafka.sender.SenderRecord;
import reactor.kafka.sender.SenderResult;
import reactor.util.retry.Retry;

import dev.foodmesh.events.Topics;
import dev.foodmesh.messaging.autoconfigure.MessagingProperties;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.kafka.RecordSender;

/**
 * Moves records that can never be applied to {@code <topic>.dlt}: same key, value and
 * headers, plus the {@link DeadLetterHeaders} saying why and from where, so that the
 * record can be inspected and redriven.
 * <p>
 * A send that fails, for whatever reason (broker unavailable, the topic missing or not
 * writable, a record it refuses), is retried with exponential backoff until Kafka takes
 * every dead letter: a record is acknowledged only once it is safely in the dead-letter
 * topic, so nothing is skipped, and the failure stays with the batch instead of
 * restarting the consumer. Each failed attempt is logged and counted
 * ({@code foodmesh.events.dead.letter.failures}).
 */
final class DeadLetters {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetters.class);

	/**
	 * The longest {@link DeadLetterHeaders#ERROR} value: an error message may quote an
	 * untrusted record.
	 */
	static final int MAX_ERROR_LENGTH = 1024;

	private final RecordSender sender;

	private final ConsumerMetrics metrics;

	private final MessagingProperties.Backoff backoff;

	DeadLetters(RecordSender sender, ConsumerMetrics metrics, MessagingProperties.Backoff backoff) {
		this.sender = sender;
		this.metrics = metrics;
		this.backoff = backoff;
	}

	/**
	 * Completes once Kafka acknowledged every dead letter, retrying failed sends for as
	 * long as it takes.
	 */
	Mono<Void> send(List<? extends Inbound.Rejected<?>> rejected) {
		if (rejected.isEmpty()) {
			return Mono.empty();
		}
		List<SenderRecord<byte[], byte[], Inbound.Rejected<?>>> deadLetters = rejected.stream()
			.map(DeadLetters::toDeadLetter)
			.toList();
		return Mono.defer(() -> this.sender.send(deadLetters).doOnNext(DeadLetters::throwIfFailed).then())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.backoff.initial())
				.maxBackoff(this.backoff.max())
				.doBeforeRetry((signal) -> failed(rejected, signal)))
			.then(Mono.fromRunnable(() -> rejected.forEach(this::counted)));
	}

	private static SenderRecord<byte[], byte[], Inbound.Rejected<?>> toDeadLetter(Inbound.Rejected<?> rejected) {
		ReceiverRecord<byte[], byte[]> record = rejected.record();
		String error = describe(rejected.reason());
		logger.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), error);
		Headers headers = new RecordHeaders(record.headers().toArray());
		CloudEventHeaders.add(headers, DeadLetterHeaders.ERROR, error);
		CloudEventHeaders.add(headers, DeadLetterHeaders.TOPIC, record.topic());
		CloudEventHeaders.add(headers, DeadLetterHeaders.PARTITION, String.valueOf(record.partition()));
		CloudEventHeaders.add(headers, DeadLetterHeaders.OFFSET, String.valueOf(record.offset()));
		return SenderRecord.create(
				new ProducerRecord<>(Topics.deadLetterOf(record.topic()), null, record.key(), record.value(), headers),
				rejected);
	}

	/** Exception class and message, cut to {@link #MAX_ERROR_LENGTH} characters. */
	static String describe(Throwable reason) {
		String description = reason.getClass().getName() + ": " + Objects.toString(reason.getMessage(), "");
		return (description.length() <= MAX_ERROR_LENGTH) ? description
				: description.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}

	// with stopOnError (the default) a failed record fails the send; this also covers a
	// sender that reports it
	private static void throwIfFailed(SenderResult<?> result) {
		Exception failure = result.exception();
		if (failure != null) {
			throw (failure instanceof RuntimeException runtime) ? runtime : new IllegalStateException(failure);
		}
	}

	private void failed(List<? extends Inbound.Rejected<?>> rejected, Retry.RetrySignal signal) {
		this.metrics.deadLetterSendFailed();
		ReceiverRecord<byte[], byte[]> first = rejected.get(0).record();
		logger.error(
				"Could not dead-letter {} record(s) of {}-{} from offset {} (attempt {}); retrying, and nothing "
						+ "after them on the partition is acknowledged until it succeeds: {}",
				rejected.size(), first.topic(), first.partition(), first.offset(), signal.totalRetries() + 1,
				signal.failure().toString());
	}

	private void counted(Inbound.Rejected<?> rejected) {
		this.metrics.deadLettered(CloudEventHeaders.text(rejected.record().headers(), CloudEventHeaders.TYPE));
	}

}
