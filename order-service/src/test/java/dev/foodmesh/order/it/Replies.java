package dev.foodmesh.order.it;

import java.time.Instant;
import java.util.UUID;

import dev.foodmesh.events.Money;
import dev.foodmesh.events.delivery.DeliveryCompletedEvent;
import dev.foodmesh.events.delivery.DeliveryFailedEvent;
import dev.foodmesh.events.delivery.DeliveryPickedUpEvent;
import dev.foodmesh.events.delivery.DeliveryReleaseRefusedEvent;
import dev.foodmesh.events.delivery.DeliveryReleasedEvent;
import dev.foodmesh.events.delivery.DeliveryScheduledEvent;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentRefundedEvent;

/** The events payment-service and delivery-service send back for one order. */
final class Replies {

	static final UUID ADA = UUID.fromString("66666666-6666-4666-8666-666666666611");

	private static final Money TOTAL = new Money(1900, "EUR");

	private final UUID orderId;

	private final UUID paymentId = UUID.randomUUID();

	private final UUID deliveryId = UUID.randomUUID();

	Replies(UUID orderId) {
		this.orderId = orderId;
	}

	PaymentAuthorizedEvent authorized() {
		return new PaymentAuthorizedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.paymentId, TOTAL);
	}

	PaymentDeclinedEvent declined() {
		return new PaymentDeclinedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.paymentId,
				"CARD_DECLINED");
	}

	PaymentRefundedEvent refunded() {
		return new PaymentRefundedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.paymentId, TOTAL);
	}

	DeliveryScheduledEvent scheduled() {
		return new DeliveryScheduledEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.deliveryId, ADA, "Ada",
				Instant.now().plusSeconds(1800));
	}

	DeliveryFailedEvent noCourier() {
		return new DeliveryFailedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.deliveryId, "NO_COURIER");
	}

	DeliveryPickedUpEvent pickedUp() {
		return new DeliveryPickedUpEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.deliveryId, ADA);
	}

	DeliveryCompletedEvent completed() {
		return new DeliveryCompletedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.deliveryId, ADA);
	}

	DeliveryReleasedEvent released() {
		return new DeliveryReleasedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.deliveryId);
	}

	DeliveryReleaseRefusedEvent releaseRefused(String deliveryStatus) {
		return new DeliveryReleaseRefusedEvent(UUID.randomUUID(), this.orderId, Instant.now(), this.deliveryId,
				deliveryStatus);
	}

}
