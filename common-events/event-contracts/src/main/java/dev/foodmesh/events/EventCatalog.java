package dev.foodmesh.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.foodmesh.events.delivery.DeliveryCompletedEvent;
import dev.foodmesh.events.delivery.DeliveryFailedEvent;
import dev.foodmesh.events.delivery.DeliveryPickedUpEvent;
import dev.foodmesh.events.delivery.DeliveryReleaseRefusedEvent;
import dev.foodmesh.events.delivery.DeliveryReleasedEvent;
import dev.foodmesh.events.delivery.DeliveryScheduledEvent;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentRefundedEvent;

/**
 * Every published event version: its CloudEvents {@code ce_type}, its record and its
 * topic. A new version of an event is a new entry; an entry is never removed while any
 * consumer may still read it.
 */
public final class EventCatalog {

	/** One published event version. */
	public record EventType(String ceType, Class<? extends IntegrationEvent> javaType, String topic) {
	}

	private static final List<EventType> ALL = List.of(
			new EventType("dev.foodmesh.order.created.v1", OrderCreatedEvent.class, Topics.ORDER_EVENTS),
			new EventType("dev.foodmesh.order.paid.v1", OrderPaidEvent.class, Topics.ORDER_EVENTS),
			new EventType("dev.foodmesh.order.cancelled.v1", OrderCancelledEvent.class, Topics.ORDER_EVENTS),
			new EventType("dev.foodmesh.payment.authorized.v1", PaymentAuthorizedEvent.class, Topics.PAYMENT_EVENTS),
			new EventType("dev.foodmesh.payment.declined.v1", PaymentDeclinedEvent.class, Topics.PAYMENT_EVENTS),
			new EventType("dev.foodmesh.payment.refunded.v1", PaymentRefundedEvent.class, Topics.PAYMENT_EVENTS),
			new EventType("dev.foodmesh.delivery.scheduled.v1", DeliveryScheduledEvent.class, Topics.DELIVERY_EVENTS),
			new EventType("dev.foodmesh.delivery.failed.v1", DeliveryFailedEvent.class, Topics.DELIVERY_EVENTS),
			new EventType("dev.foodmesh.delivery.picked-up.v1", DeliveryPickedUpEvent.class, Topics.DELIVERY_EVENTS),
			new EventType("dev.foodmesh.delivery.completed.v1", DeliveryCompletedEvent.class, Topics.DELIVERY_EVENTS),
			new EventType("dev.foodmesh.delivery.released.v1", DeliveryReleasedEvent.class, Topics.DELIVERY_EVENTS),
			new EventType("dev.foodmesh.delivery.release-refused.v1", DeliveryReleaseRefusedEvent.class,
					Topics.DELIVERY_EVENTS));

	private static final Map<String, EventType> BY_CE_TYPE = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

	private static final Map<Class<?>, EventType> BY_JAVA_TYPE = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

	private EventCatalog() {
	}

	public static List<EventType> all() {
		return ALL;
	}

	public static Optional<EventType> forCeType(String ceType) {
		return Optional.ofNullable(BY_CE_TYPE.get(ceType));
	}

	public static EventType forEvent(IntegrationEvent event) {
		EventType type = BY_JAVA_TYPE.get(event.getClass());
		if (type == null) {
			throw new IllegalStateException("No catalogue entry for " + event.getClass().getName());
		}
		return type;
	}

}
