package dev.foodmesh.messaging.consumer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.EventSubscription;
import dev.foodmesh.messaging.autoconfigure.MessagingProperties;
import dev.foodmesh.messaging.envelope.EventDecoder;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.kafka.KafkaClients;
import dev.foodmesh.messaging.kafka.RecordSender;
import dev.foodmesh.messaging.support.ReactiveLifecycle;

/**
 * The service's consumers: one per {@link EventSubscription} bean, in the consumer group
 * named after the service, all started with the application and stopped gracefully before
 * the outbox relay.
 * <p>
 * Guarantees per consumed topic: every record is applied at least once and its effects
 * committed exactly once (deduplicated on the event id); one partition's records, hence
 * one order's events, are applied in order; offsets are committed only after the effects;
 * a transient failure is retried for ever without skipping; a record that can never be
 * applied is moved to {@code <topic>.dlt} and the next one goes on.
 */
public final class EventConsumers extends ReactiveLifecycle {

	/** Stops after the web server and before the outbox relay. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

	private static final Logger logger = LoggerFactory.getLogger(EventConsumers.class);

	private final List<TopicConsumer<?>> consumers;

	public EventConsumers(List<EventSubscription<?>> subscriptions, KafkaClients clients, DatabaseClient database,
			TransactionalOperator transactions, RecordSender sender, MeterRegistry meterRegistry, String serviceName,
			MessagingProperties.Consumer settings) {
		super("Event consumers", PHASE, settings.shutdownTimeout());
		Wiring wiring = new Wiring(clients, database, transactions, sender, meterRegistry, serviceName, settings,
				new EventDecoder(new EventJson()));
		this.consumers = subscriptions.stream().<TopicConsumer<?>>map(wiring::consumerOf).toList();
	}

	/** Per subscribed topic, how its partitions assigned here progress. */
	Map<String, PartitionProgress> progress() {
		return this.consumers.stream()
			.collect(Collectors.toMap(TopicConsumer::topic, TopicConsumer::progress, (first, second) -> first,
					TreeMap::new));
	}

	@Override
	protected Publisher<?> run() {
		return Flux.merge(this.consumers.stream().map((consumer) -> consumer.consume(stopRequested())).toList());
	}

	private record Wiring(KafkaClients clients, DatabaseClient database, TransactionalOperator transactions,
			RecordSender sender, MeterRegistry meterRegistry, String serviceName, MessagingProperties.Consumer settings,
			EventDecoder decoder) {

		<E extends IntegrationEvent> TopicConsumer<E> consumerOf(EventSubscription<E> subscription) {
			String topic = subscription.topic();
			ConsumerMetrics metrics = new ConsumerMetrics(this.meterRegistry, this.serviceName, topic,
					subscription.eventType());
			IdempotentApplier<E> applier = new IdempotentApplier<>(new ProcessedEvents(this.database, this.serviceName),
					this.transactions, subscription.handler());
			BatchProcessor<E> processor = new BatchProcessor<>(subscription.eventType(), this.decoder, applier,
					new DeadLetters(this.sender, metrics, this.settings.retryBackoff()), metrics, transientRetry());
			ReceiverOptions<byte[], byte[]> options = this.clients.receiverOptions(this.serviceName,
					this.serviceName + "-" + topic);
			ConsumerLag lag = new ConsumerLag(this.meterRegistry, this.serviceName, options.consumerListener());
			PartitionProgress progress = new PartitionProgress(lag);
			return new TopicConsumer<>(receiverOptions(options, topic, lag, progress), processor, this.settings,
					metrics, progress);
		}

		private ReceiverOptions<byte[], byte[]> receiverOptions(ReceiverOptions<byte[], byte[]> options, String topic,
				ConsumerLag lag, PartitionProgress progress) {
			return options.subscription(List.of(topic))
				.commitInterval(this.settings.commitInterval())
				.commitBatchSize(this.settings.commitBatchSize())
				.consumerListener(lag)
				.addAssignListener(lag::assigned)
				.addAssignListener(progress::assigned)
				.addRevokeListener(progress::revoked);
		}

		private Retry transientRetry() {
			return Retry.backoff(Long.MAX_VALUE, this.settings.retryBackoff().initial())
				.maxBackoff(this.settings.retryBackoff().max())
				.filter(Failures::isTransient)
				.doBeforeRetry((signal) -> logger.warn("Transient failure, retrying (attempt {}): {}",
						signal.totalRetriesInARow() + 1, signal.failure().toString()));
		}

	}

}
