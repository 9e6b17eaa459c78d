package dev.foodmesh.payment.messaging;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.payment.application.PaymentOutbox;
import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * {@link PaymentOutbox} on the messaging kit's transactional outbox: appends in the
 * caller's transaction, to {@code foodmesh.payment.events.v1} keyed by order id.
 */
@Component
class KitPaymentOutbox implements PaymentOutbox {

	private final Outbox outbox;

	KitPaymentOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> append(List<PaymentEvent> events) {
		// concatMap: outbox rows keep the order in which the payment changed
		return Flux.fromIterable(events)
			.concatMap(event -> outbox.append(IntegrationEventMapper.toIntegrationEvent(event)))
			.then();
	}

}
