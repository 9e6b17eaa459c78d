package dev.foodmesh.messaging.kafka;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import reactor.kafka.sender.SenderOptions;
import reactor.kafka.sender.internals.ProducerFactory;

import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Creates the kit's Kafka producer so that every {@code send} runs with the trace context
 * of the record's own {@code traceparent} header made current. reactor-kafka hands
 * records to the producer on a thread of its own, so this is the only place where an
 * OpenTelemetry agent's producer span can be made a child of the work that wrote the
 * event (e.g. the HTTP request that wrote the outbox row). Uses reactor-kafka's
 * {@link ProducerFactory} hook, stable in the pinned 1.3.25.
 */
final class TraceContextProducerFactory extends ProducerFactory {

	@Override
	@SuppressWarnings("unchecked")
	public <K, V> Producer<K, V> createProducer(SenderOptions<K, V> senderOptions) {
		Producer<K, V> producer = super.createProducer(senderOptions);
		return (Producer<K, V>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
				new Class<?>[] { Producer.class }, (proxy, method, args) -> invoke(producer, method, args));
	}

	private static @Nullable Object invoke(Producer<?, ?> producer, Method method, @Nullable Object[] args)
			throws Throwable {
		Context context = (args != null && args.length > 0 && args[0] instanceof ProducerRecord<?, ?> record)
				? traceContextOf(record) : Context.current();
		try (Scope scope = context.makeCurrent()) {
			return method.invoke(producer, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static Context traceContextOf(ProducerRecord<?, ?> record) {
		return TraceParent.fromHeaders(record.headers()).map(TraceParent::toOpenTelemetry).orElseGet(Context::root);
	}

}
