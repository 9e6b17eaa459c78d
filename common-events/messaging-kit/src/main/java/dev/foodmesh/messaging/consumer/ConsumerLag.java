package dev.foodmesh.messaging.consumer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.receiver.ReceiverPartition;

/**
 * {@code foodmesh.consumer.lag}: records not yet consumed, per assigned partition (tags
 * {@code consumer}, {@code topic}, {@code partition}), read on each scrape from the Kafka
 * consumer's own {@code records-lag} metric, so it is current as of the last fetch; NaN
 * while the partition is not assigned here. Wraps the consumer listener already set (the
 * Kafka client metrics), which keeps working unchanged.
 */
final class ConsumerLag implements ReceiverOptions.ConsumerListener {

	private final MeterRegistry registry;

	private final String consumerName;

	private final ReceiverOptions.ConsumerListener delegate;

	private final AtomicReference<@Nullable Consumer<?, ?>> consumer = new AtomicReference<>();

	private final Set<TopicPartition> measured = ConcurrentHashMap.newKeySet();

	ConsumerLag(MeterRegistry registry, String consumerName, ReceiverOptions.ConsumerListener delegate) {
		this.registry = registry;
		this.consumerName = consumerName;
		this.delegate = delegate;
	}

	@Override
	public void consumerAdded(String id, Consumer<?, ?> added) {
		this.delegate.consumerAdded(id, added);
		this.consumer.set(added);
	}

	@Override
	public void consumerRemoved(String id, Consumer<?, ?> removed) {
		this.delegate.consumerRemoved(id, removed);
		this.consumer.compareAndSet(removed, null);
	}

	/** Registers a gauge for each partition assigned here for the first time. */
	void assigned(Collection<ReceiverPartition> partitions) {
		partitions.stream()
			.map(ReceiverPartition::topicPartition)
			.filter(this.measured::add)
			.forEach((partition) -> Gauge.builder("foodmesh.consumer.lag", this, (lag) -> lag.of(partition))
				.description("Records in the partition not yet consumed by this service")
				.tag("consumer", this.consumerName)
				.tag("topic", partition.topic())
				.tag("partition", String.valueOf(partition.partition()))
				.register(this.registry));
	}

	/** The partition's lag as of the last fetch; NaN when unknown. */
	double of(TopicPartition partition) {
		Consumer<?, ?> current = this.consumer.get();
		if (current == null) {
			return Double.NaN;
		}
		return current.metrics()
			.entrySet()
			.stream()
			.filter((metric) -> isLagOf(metric.getKey(), partition))
			.map(Map.Entry::getValue)
			.map(Metric::metricValue)
			.filter(Number.class::isInstance)
			.mapToDouble((value) -> ((Number) value).doubleValue())
			.findFirst()
			.orElse(Double.NaN);
	}

	private static boolean isLagOf(MetricName name, TopicPartition partition) {
		return "records-lag".equals(name.name()) && "consumer-fetch-manager-metrics".equals(name.group())
				&& partition.topic().equals(name.tags().get("topic"))
				&& String.valueOf(partition.partition()).equals(name.tags().get("partition"));
	}

}
