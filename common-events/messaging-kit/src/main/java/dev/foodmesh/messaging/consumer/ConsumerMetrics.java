package dev.foodmesh.messaging.consumer;

import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;

/**
 * A consumer's counters, tagged {@code consumer} (the service), {@code topic} and
 * {@code type} (the ce_type): {@code foodmesh.events.processed} (applied),
 * {@code foodmesh.events.duplicates} (redelivered and skipped),
 * {@code foodmesh.events.ignored} (the handler ignores them: acknowledged without a claim
 * or a transaction) and {@code foodmesh.events.dead.lettered} (moved to the dead-letter
 * topic). All four exist at zero from the start for every type of the topic (and dead
 * letters also for {@code unknown}: a record without a ce_type of the topic).
 * <p>
 * A tag value never comes from a record as it is: a dead letter's {@code ce_type} header
 * is untrusted, so it counts under its own type only if that is one of the topic's
 * catalogued types, and under {@code unknown} otherwise. The series are bounded and all
 * exist at zero before the first record, so an alert on their increase sees the first
 * dead letter too.
 * <p>
 * Two more counters, tagged {@code consumer} and {@code topic}, show a consumer in
 * trouble: {@code foodmesh.consumer.restarts} (the Kafka consumer failed and was created
 * again) and {@code foodmesh.events.dead.letter.failures} (a send to the dead-letter
 * topic failed and is being retried).
 */
final class ConsumerMetrics {

	static final String UNKNOWN_TYPE = "unknown";

	private static final String PROCESSED = "foodmesh.events.processed";

	private static final String PROCESSED_DESCRIPTION = "Consumed events applied";

	private static final String DUPLICATES = "foodmesh.events.duplicates";

	private static final String DUPLICATES_DESCRIPTION = "Consumed events skipped as already processed";

	private static final String IGNORED = "foodmesh.events.ignored";

	private static final String IGNORED_DESCRIPTION = "Consumed events the handler ignores, acknowledged unapplied";

	private static final String DEAD_LETTERED = "foodmesh.events.dead.lettered";

	private static final String DEAD_LETTERED_DESCRIPTION = "Consumed records moved to the dead-letter topic";

	private static final String DEAD_LETTER_FAILURES = "foodmesh.events.dead.letter.failures";

	private static final String RESTARTS = "foodmesh.consumer.restarts";

	private final MeterRegistry registry;

	private final String consumer;

	private final String topic;

	private final Set<String> topicTypes;

	private final Counter deadLetterFailures;

	private final Counter restarts;

	/**
	 * The counters of a consumer of the topic, whose events are of the given (sealed)
	 * type.
	 */
	ConsumerMetrics(MeterRegistry registry, String consumer, String topic,
			Class<? extends IntegrationEvent> eventType) {
		this.registry = registry;
		this.consumer = consumer;
		this.topic = topic;
		this.topicTypes = EventCatalog.all()
			.stream()
			.filter((type) -> eventType.isAssignableFrom(type.javaType()))
			.map(EventCatalog.EventType::ceType)
			.collect(Collectors.toUnmodifiableSet());
		// registered at zero for every type the topic carries (those the subscription
		// decodes): Prometheus' increase() cannot see a counter's first step, so a
		// counter born at 1 would hide the first dead letter from the alert on
		// dead-letter growth
		this.topicTypes.forEach(this::registerAll);
		counter(DEAD_LETTERED, DEAD_LETTERED_DESCRIPTION, UNKNOWN_TYPE);
		this.deadLetterFailures = Counter.builder(DEAD_LETTER_FAILURES)
			.description("Sends to the dead-letter topic that failed and are retried")
			.tag("consumer", consumer)
			.tag("topic", topic)
			.register(registry);
		this.restarts = Counter.builder(RESTARTS)
			.description("Times the Kafka consumer of the topic failed and was created again")
			.tag("consumer", consumer)
			.tag("topic", topic)
			.register(registry);
	}

	void processed(String type) {
		counter(PROCESSED, PROCESSED_DESCRIPTION, type).increment();
	}

	void duplicate(String type) {
		counter(DUPLICATES, DUPLICATES_DESCRIPTION, type).increment();
	}

	void ignored(String type) {
		counter(IGNORED, IGNORED_DESCRIPTION, type).increment();
	}

	/**
	 * Counts a dead letter under its record's ce_type if the topic carries that type,
	 * else under unknown.
	 */
	void deadLettered(@Nullable String ceType) {
		counter(DEAD_LETTERED, DEAD_LETTERED_DESCRIPTION, typeTag(ceType)).increment();
	}

	void deadLetterSendFailed() {
		this.deadLetterFailures.increment();
	}

	void restarted() {
		this.restarts.increment();
	}

	/**
	 * The {@code type} tag for an untrusted ce_type: one of the topic's types, or
	 * unknown.
	 */
	String typeTag(@Nullable String ceType) {
		return (ceType != null && this.topicTypes.contains(ceType)) ? ceType : UNKNOWN_TYPE;
	}

	private void registerAll(String type) {
		counter(PROCESSED, PROCESSED_DESCRIPTION, type);
		counter(DUPLICATES, DUPLICATES_DESCRIPTION, type);
		counter(IGNORED, IGNORED_DESCRIPTION, type);
		counter(DEAD_LETTERED, DEAD_LETTERED_DESCRIPTION, type);
	}

	private Counter counter(String name, String description, String type) {
		return Counter.builder(name)
			.description(description)
			.tag("consumer", this.consumer)
			.tag("topic", this.topic)
			.tag("type", type)
			.register(this.registry);
	}

}
