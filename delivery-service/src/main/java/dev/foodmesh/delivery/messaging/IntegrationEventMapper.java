package dev.foodmesh.delivery.messaging;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.ReleaseAnswer;
import dev.foodmesh.events.delivery.DeliveryCompletedEvent;
import dev.foodmesh.events.delivery.DeliveryFailedEvent;
import dev.foodmesh.events.delivery.DeliveryIntegrationEvent;
import dev.foodmesh.events.delivery.DeliveryPickedUpEvent;
import dev.foodmesh.events.delivery.DeliveryReleaseRefusedEvent;
import dev.foodmesh.events.delivery.DeliveryReleasedEvent;
import dev.foodmesh.events.delivery.DeliveryScheduledEvent;

/**
 * Maps delivery events to the integration events other services consume; null for a
 * release, which has none of its own: order-service caused it by cancelling and, when it
 * asked, hears of it through the {@link ReleaseAnswer}.
 */
final class IntegrationEventMapper {

	private IntegrationEventMapper() {
	}

	static @Nullable DeliveryIntegrationEvent toIntegrationEvent(DeliveryEvent event) {
		UUID eventId = UUID.randomUUID();
		UUID orderId = event.orderId().value();
		UUID deliveryId = event.deliveryId().value();
		return switch (event) {
			case DeliveryEvent.Scheduled e -> new DeliveryScheduledEvent(eventId, orderId, e.occurredAt(), deliveryId,
					e.courierId().value(), e.courierName(), e.estimatedDeliveryAt());
			case DeliveryEvent.Failed e ->
				new DeliveryFailedEvent(eventId, orderId, e.occurredAt(), deliveryId, e.reason().name());
			case DeliveryEvent.PickedUp e ->
				new DeliveryPickedUpEvent(eventId, orderId, e.occurredAt(), deliveryId, e.courierId().value());
			case DeliveryEvent.Completed e ->
				new DeliveryCompletedEvent(eventId, orderId, e.occurredAt(), deliveryId, e.courierId().value());
			case DeliveryEvent.Released e -> null;
		};
	}

	static DeliveryIntegrationEvent toIntegrationEvent(ReleaseAnswer answer) {
		UUID eventId = UUID.randomUUID();
		UUID orderId = answer.orderId().value();
		return switch (answer) {
			case ReleaseAnswer.Released released -> new DeliveryReleasedEvent(eventId, orderId, released.answeredAt(),
					(released.deliveryId() != null) ? released.deliveryId().value() : null);
			case ReleaseAnswer.Refused refused -> new DeliveryReleaseRefusedEvent(eventId, orderId,
					refused.answeredAt(), refused.deliveryId().value(), refused.status().name());
		};
	}

}
