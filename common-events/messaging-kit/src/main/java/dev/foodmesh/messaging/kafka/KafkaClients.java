package dev.foodmesh.messaging.kafka;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import reactor.kafka.receiver.MicrometerConsumerListener;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.sender.MicrometerProducerListener;
import reactor.kafka.sender.SenderOptions;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Options of the kit's Kafka clients, built from the service's {@code spring.kafka.*}
 * settings (bootstrap servers, security, extra properties) with the kit's guarantees laid
 * over them: an idempotent producer that waits for all in-sync replicas, and consumers
 * that start at the earliest offset and commit only what was acknowledged. Keys and
 * values stay bytes, so a dead-lettered or redriven record is byte-for-byte the original.
 * The producer sends without lingering unless the service sets {@code linger.ms}. Every
 * client reports its Kafka metrics (including consumer lag per partition) to Micrometer.
 */
public final class KafkaClients {

	private final KafkaProperties kafka;

	private final String serviceName;

	private final MeterRegistry meterRegistry;

	public KafkaClients(KafkaProperties kafka, String serviceName, MeterRegistry meterRegistry) {
		this.kafka = kafka;
		this.serviceName = serviceName;
		this.meterRegistry = meterRegistry;
	}

	/**
	 * The service's one producer, shared by the outbox relay, dead-lettering and redrive.
	 */
	public SenderOptions<byte[], byte[]> senderOptions() {
		Map<String, Object> properties = this.kafka.buildProducerProperties();
		properties.put(ProducerConfig.CLIENT_ID_CONFIG, this.serviceName + "-messaging");
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		// Kafka 4's producer holds a record up to 5 ms for more to join its batch; a
		// relay hands its whole batch over at once, so the wait only delays every hop
		// of the saga (docs/performance.md). A service's own linger.ms still wins.
		properties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
		return SenderOptions.<byte[], byte[]>create(properties)
			.producerListener(new MicrometerProducerListener(this.meterRegistry));
	}

	/**
	 * A consumer in the given group, committing only acknowledged offsets; the caller
	 * sets the subscription or assignment and the commit cadence.
	 */
	public ReceiverOptions<byte[], byte[]> receiverOptions(String groupId, String clientId) {
		Map<String, Object> properties = this.kafka.buildConsumerProperties();
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
		properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		return ReceiverOptions.<byte[], byte[]>create(properties)
			.consumerListener(new MicrometerConsumerListener(this.meterRegistry));
	}

	/** Admin client settings (for redrive's offset look-ups). */
	public Map<String, Object> adminProperties() {
		return this.kafka.buildAdminProperties();
	}

}
