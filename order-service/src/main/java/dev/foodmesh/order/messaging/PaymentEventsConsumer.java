package dev.foodmesh.order.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.events.payment.PaymentRefundedEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.order.application.AdvanceOrder;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.PaymentId;
import dev.foodmesh.order.domain.Trigger;

/**
 * Payment replies on {@code foodmesh.payment.events.v1}, at least once and in order per
 * order; the kit skips redeliveries and runs each call in the transaction that records
 * the event as processed. Authorised → PAID (and {@code OrderPaid}); declined →
 * CANCELLED(PAYMENT_DECLINED); refunded → CANCELLED, or recorded when already so.
 */
@Component
class PaymentEventsConsumer implements EventHandler<PaymentIntegrationEvent> {

	private static final Logger logger = LoggerFactory.getLogger(PaymentEventsConsumer.class);

	private final SagaReplies replies;

	PaymentEventsConsumer(AdvanceOrder advanceOrder) {
		this.replies = new SagaReplies(advanceOrder);
	}

	@Override
	public Mono<Void> prepare(List<? extends PaymentIntegrationEvent> events) {
		return this.replies.prepare(events);
	}

	@Override
	public Mono<Void> handle(PaymentIntegrationEvent event) {
		logger.debug("Applying {} {} to order {}", event.getClass().getSimpleName(), event.eventId(), event.orderId());
		return this.replies.apply(event, command(event));
	}

	private static OrderCommand command(PaymentIntegrationEvent event) {
		return switch (event) {
			case PaymentAuthorizedEvent authorized ->
				new OrderCommand.AuthorizePayment(new PaymentId(authorized.paymentId()));
			case PaymentDeclinedEvent declined -> new OrderCommand.Signal(Trigger.PAYMENT_DECLINED);
			case PaymentRefundedEvent refunded -> new OrderCommand.Signal(Trigger.PAYMENT_REFUNDED);
		};
	}

}
