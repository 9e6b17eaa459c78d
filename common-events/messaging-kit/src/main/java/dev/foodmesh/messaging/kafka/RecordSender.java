package dev.foodmesh.messaging.kafka;

import java.util.Iterator;
import java.util.List;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SynchronousSink;
import reactor.core.scheduler.Schedulers;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderRecord;
import reactor.kafka.sender.SenderResult;

import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * The service's one idempotent Kafka producer ({@code enable.idempotence=true}, {@code acks=all}): records handed
 * over in one call reach each partition in the order given, without duplicates from producer retries.
 * <p>
 * Each record is handed to the producer with the trace context of its {@code traceparent} header made current, so
 * a producer span created by the OpenTelemetry agent becomes a child of the work that produced the event. The hand
 * over runs on a worker that may block, because {@code KafkaProducer.send} can wait for topic metadata.
 */
public final class RecordSender implements AutoCloseable {

	private final KafkaSender<byte[], byte[]> sender;

	public RecordSender(KafkaSender<byte[], byte[]> sender) {
		this.sender = sender;
	}

	/**
	 * Sends records in order and emits their results in completion order; fails on the first record Kafka rejects.
	 */
	public <T> Flux<SenderResult<T>> send(List<SenderRecord<byte[], byte[], T>> records) {
		return this.sender.send(inTraceContext(records));
	}

	private static <T> Flux<SenderRecord<byte[], byte[], T>> inTraceContext(
			List<SenderRecord<byte[], byte[], T>> records) {
		return Flux.<SenderRecord<byte[], byte[], T>, Iterator<SenderRecord<byte[], byte[], T>>>generate(
				records::iterator, RecordSender::emitNext)
			.subscribeOn(Schedulers.boundedElastic());
	}

	// the sender calls KafkaProducer.send synchronously inside onNext, so the scope spans the producer's send
	private static <T> Iterator<SenderRecord<byte[], byte[], T>> emitNext(
			Iterator<SenderRecord<byte[], byte[], T>> records, SynchronousSink<SenderRecord<byte[], byte[], T>> sink) {
		if (!records.hasNext()) {
			sink.complete();
			return records;
		}
		SenderRecord<byte[], byte[], T> record = records.next();
		Context traceContext = TraceParent.fromHeaders(record.headers())
			.map(TraceParent::toOpenTelemetry)
			.orElseGet(Context::root);
		try (Scope scope = traceContext.makeCurrent()) {
			sink.next(record);
		}
		return records;
	}

	/** Flushes and closes the producer; blocks, so it is called from the container's shutdown only. */
	@Override
	public void close() {
		this.sender.close();
	}

}
