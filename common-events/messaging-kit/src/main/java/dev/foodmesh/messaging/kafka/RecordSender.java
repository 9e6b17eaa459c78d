package dev.foodmesh.messaging.kafka;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderOptions;
import reactor.kafka.sender.SenderRecord;
import reactor.kafka.sender.SenderResult;

/**
 * The service's one idempotent Kafka producer ({@code enable.idempotence=true},
 * {@code acks=all}): records handed over in one call reach each partition in the order
 * given, without duplicates from producer retries. Each record is sent with the trace
 * context of its {@code traceparent} header current, so a producer span of the
 * OpenTelemetry agent continues the trace that produced the event.
 * <p>
 * reactor-kafka creates the producer on the first send and remembers a failure to create
 * it for ever; a producer that could not be created (e.g. the broker's name did not
 * resolve yet) is therefore created anew on the next send.
 */
public final class RecordSender implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RecordSender.class);

	private final SenderOptions<byte[], byte[]> options;

	private final AtomicReference<KafkaSender<byte[], byte[]>> sender;

	public RecordSender(SenderOptions<byte[], byte[]> options) {
		this.options = options;
		this.sender = new AtomicReference<>(newSender());
	}

	/**
	 * Sends records in order and emits their results; fails on the first record Kafka
	 * rejects.
	 */
	public <T> Flux<SenderResult<T>> send(List<SenderRecord<byte[], byte[], T>> records) {
		KafkaSender<byte[], byte[]> current = this.sender.get();
		return current.send(Flux.fromIterable(records))
			.doOnError(RecordSender::isCreationFailure, (failure) -> replace(current, failure))
			// the first send creates the producer, which reads files and resolves hosts:
			// not on an event loop
			.subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Flushes and closes the producer; blocks, so it is called from the container's
	 * shutdown only.
	 */
	@Override
	public void close() {
		this.sender.get().close();
	}

	private void replace(KafkaSender<byte[], byte[]> failed, Throwable failure) {
		if (this.sender.compareAndSet(failed, newSender())) {
			logger.warn("Could not create the Kafka producer; the next send tries again", failure);
		}
	}

	private KafkaSender<byte[], byte[]> newSender() {
		return KafkaSender.create(new TraceContextProducerFactory(), this.options);
	}

	private static boolean isCreationFailure(Throwable failure) {
		return failure instanceof KafkaException && "Failed to construct kafka producer".equals(failure.getMessage());
	}

}
