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

import dev.foodmesh.events.Topics;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.kafka.RecordSender;

/**
 * Moves records that can never be applied to {@code <topic>.dlt}: same key, value and headers, plus the
 * {@link DeadLetterHeaders} saying why and from where, so that the record can be inspected and redriven.
 */
final class DeadLetters {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetters.class);

	private final RecordSender sender;

	private final ConsumerMetrics metrics;

	DeadLetters(RecordSender sender, ConsumerMetrics metrics) {
		this.sender = sender;
		this.metrics = metrics;
	}

	/** Completes once Kafka acknowledged every dead letter. */
	Mono<Void> send(List<? extends Inbound.Rejected<?>> rejected) {
		if (rejected.isEmpty()) {
			return Mono.empty();
		}
		return this.sender.send(rejected.stream().map(DeadLetters::toDeadLetter).toList())
			.then(Mono.fromRunnable(() -> rejected.forEach(this::counted)));
	}

	private static SenderRecord<byte[], byte[], Inbound.Rejected<?>> toDeadLetter(Inbound.Rejected<?> rejected) {
		ReceiverRecord<byte[], byte[]> record = rejected.record();
		logger.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
				rejected.reason().toString());
		Headers headers = new RecordHeaders(record.headers().toArray());
		CloudEventHeaders.add(headers, DeadLetterHeaders.ERROR, describe(rejected.reason()));
		CloudEventHeaders.add(headers, DeadLetterHeaders.TOPIC, record.topic());
		CloudEventHeaders.add(headers, DeadLetterHeaders.PARTITION, String.valueOf(record.partition()));
		CloudEventHeaders.add(headers, DeadLetterHeaders.OFFSET, String.valueOf(record.offset()));
		return SenderRecord.create(new ProducerRecord<>(Topics.deadLetterOf(record.topic()), null, record.key(),
				record.value(), headers), rejected);
	}

	private static String describe(Throwable reason) {
		return reason.getClass().getName() + ": " + Objects.toString(reason.getMessage(), "");
	}

	private void counted(Inbound.Rejected<?> rejected) {
		String type = CloudEventHeaders.text(rejected.record().headers(), CloudEventHeaders.TYPE);
		this.metrics.deadLettered((type == null) ? ConsumerMetrics.UNKNOWN_TYPE : type);
	}

}
