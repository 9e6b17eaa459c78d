package dev.foodmesh.events.payment;

import java.util.UUID;

import dev.foodmesh.events.IntegrationEvent;

/** Events on {@code foodmesh.payment.events.v1}, published by payment-service. */
public sealed interface PaymentIntegrationEvent extends IntegrationEvent
		permits PaymentAuthorizedEvent, PaymentDeclinedEvent, PaymentRefundedEvent {

	UUID paymentId();

}
