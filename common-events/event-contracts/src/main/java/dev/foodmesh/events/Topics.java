package dev.foodmesh.events;

/** Kafka topic names. Each topic has a dead-letter twin named {@code <topic>.dlt}. */
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

}
