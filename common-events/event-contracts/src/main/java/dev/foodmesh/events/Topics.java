package dev.foodmesh.events;

import java.util.List;
import java.util.stream.Stream;

/**
 * Kafka topic names, defined here only: the services, the kit, the local stack and the
 * tests all read them from this class. Each topic has a dead-letter twin named
 * {@code <topic>.dlt}.
 */
public final class Topics {

	public static final String ORDER_EVENTS = "foodmesh.order.events.v1";

	public static final String PAYMENT_EVENTS = "foodmesh.payment.events.v1";

	public static final String DELIVERY_EVENTS = "foodmesh.delivery.events.v1";

	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

	/** The three event topics. */
	public static List<String> eventTopics() {
		return List.of(ORDER_EVENTS, PAYMENT_EVENTS, DELIVERY_EVENTS);
	}

	/** The three event topics, each followed by its dead-letter twin. */
	public static List<String> withDeadLetters() {
		return eventTopics().stream().flatMap((topic) -> Stream.of(topic, deadLetterOf(topic))).toList();
	}

}
