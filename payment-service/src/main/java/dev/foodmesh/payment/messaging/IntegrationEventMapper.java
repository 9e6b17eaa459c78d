package dev.foodmesh.payment.messaging;

import java.util.UUID;
import java.util.function.Supplier;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.events.payment.PaymentRefundedEvent;
import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.payment.application.AuthorizePaymentCommand;
import dev.foodmesh.payment.application.ReleasePaymentCommand;
import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentToken;

/**
 * Translates between the integration-event contracts and the payment model, in both
 * directions.
 */
final class IntegrationEventMapper {

	private IntegrationEventMapper() {
	}

	/**
	 * Signals {@link InvalidEventException} (dead letter) when the event cannot describe
	 * a payment.
	 */
	static AuthorizePaymentCommand toCommand(OrderCreatedEvent event) {
		return validated(event, () -> new AuthorizePaymentCommand(new OrderId(event.orderId()),
				new Money(event.total().amount(), event.total().currency()), new PaymentToken(event.paymentToken())));
	}

	static ReleasePaymentCommand toCommand(OrderCancelledEvent event) {
		return validated(event, () -> new ReleasePaymentCommand(new OrderId(event.orderId()), event.refundRequested()));
	}

	/**
	 * A new event id per call: each committed payment change is announced once, by one
	 * outbox row.
	 */
	static PaymentIntegrationEvent toIntegrationEvent(PaymentEvent event) {
		UUID eventId = UUID.randomUUID();
		UUID orderId = event.orderId().value();
		UUID paymentId = event.paymentId().value();
		return switch (event) {
			case PaymentEvent.Authorized authorized ->
				new PaymentAuthorizedEvent(eventId, orderId, event.occurredAt(), paymentId, money(authorized.amount()));
			case PaymentEvent.Declined declined ->
				new PaymentDeclinedEvent(eventId, orderId, event.occurredAt(), paymentId, declined.reason().name());
			case PaymentEvent.Refunded refunded ->
				new PaymentRefundedEvent(eventId, orderId, event.occurredAt(), paymentId, money(refunded.amount()));
		};
	}

	private static dev.foodmesh.events.Money money(Money money) {
		return new dev.foodmesh.events.Money(money.amount(), money.currency());
	}

	private static <T> T validated(IntegrationEvent event, Supplier<T> mapping) {
		try {
			return mapping.get();
		}
		// a JSON payload can leave any field null whatever the contract says; the model's
		// checks catch that too
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidEventException(
					event.getClass().getSimpleName() + " " + event.eventId() + " is invalid: " + ex.getMessage());
		}
	}

}
