package dev.foodmesh.messaging.testapp;

import java.time.Instant;
import java.util.UUID;

import dev.foodmesh.events.Money;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;

/** Events as the tests need them: each call a new event id. */
public final class Events {

	private Events() {
	}

	public static PaymentAuthorizedEvent authorized(UUID orderId) {
		return new PaymentAuthorizedEvent(UUID.randomUUID(), orderId, Instant.now(), UUID.randomUUID(),
				new Money(1900, "EUR"));
	}

	public static PaymentDeclinedEvent declined(UUID orderId) {
		return new PaymentDeclinedEvent(UUID.randomUUID(), orderId, Instant.now(), UUID.randomUUID(), "CARD_DECLINED");
	}

}
