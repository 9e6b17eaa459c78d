package dev.foodmesh.events.delivery;

import dev.foodmesh.events.IntegrationEvent;

/** Events on {@code foodmesh.delivery.events.v1}, published by delivery-service. */
public sealed interface DeliveryIntegrationEvent extends IntegrationEvent
		permits DeliveryScheduledEvent, DeliveryFailedEvent, DeliveryPickedUpEvent, DeliveryCompletedEvent,
		DeliveryReleasedEvent, DeliveryReleaseRefusedEvent {

}
