package dev.foodmesh.messaging.kafka;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderOptions;
import reactor.kafka.sender.SenderRecord;
import reactor.kafka.sender.SenderResult;

/**
 * The service's one idempotent Kafka producer ({@code enable.idempotence=true}, {@code acks=all}): records handed
 * over in one call reach each partition in the order given, without duplicates from producer retries. Each record
 * is sent with the trace context of its {@code traceparent} header current, so a producer span of the
 * OpenTelemetry agent continues the trace that produced the event.
 */
public final class RecordSender implements AutoCloseable {

	private final KafkaSender<byte[], byte[]> sender;

	public RecordSender(SenderOptions<byte[], byte[]> options) {
		this.sender = KafkaSender.create(new TraceContextProducerFactory(), options);
	}

	/**
	 * Sends records in order and emits their results; fails on the first record Kafka rejects.
	 */
	public <T> Flux<SenderResult<T>> send(List<SenderRecord<byte[], byte[], T>> records) {
		// the first send creates the producer, which reads files and resolves hosts: not on an event loop
		return this.sender.send(Flux.fromIterable(records)).subscribeOn(Schedulers.boundedElastic());
	}

	/** Flushes and closes the producer; blocks, so it is called from the container's shutdown only. */
	@Override
	public void close() {
		this.sender.close();
	}

}
