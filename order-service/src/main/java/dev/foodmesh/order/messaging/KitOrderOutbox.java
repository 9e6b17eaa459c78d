package dev.foodmesh.order.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.order.application.OrderOutbox;
import dev.foodmesh.order.domain.OrderEvent;

/**
 * {@link OrderOutbox} on the messaging kit's outbox: the row joins the current R2DBC transaction, the kit's relay
 * publishes it to {@code foodmesh.order.events.v1} (key = order id) after commit.
 */
@Component
class KitOrderOutbox implements OrderOutbox {

	private final Outbox outbox;

	KitOrderOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> append(OrderEvent event) {
		return this.outbox.append(IntegrationEventMapper.toIntegrationEvent(event));
	}

}
