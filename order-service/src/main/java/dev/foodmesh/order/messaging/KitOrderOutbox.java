package dev.foodmesh.order.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.KeptTraces;
import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.order.application.OrderOutbox;
import dev.foodmesh.order.domain.OrderEvent;

/**
 * {@link OrderOutbox} on the messaging kit's outbox: the row joins the current R2DBC
 * transaction, the kit's relay publishes it to {@code foodmesh.order.events.v1} (key =
 * order id) after commit.
 * <p>
 * Traces follow the kit's one rule ({@link KeptTraces}): the placing request's trace is
 * kept with the order, and an event appended with no trace around it (the deadline
 * passes, on a timer) continues it.
 */
@Component
class KitOrderOutbox implements OrderOutbox {

	private final Outbox outbox;

	private final KeptTraces orderTraces;

	KitOrderOutbox(Outbox outbox, KeptTraces orderTraces) {
		this.outbox = outbox;
		this.orderTraces = orderTraces;
	}

	@Override
	public Mono<Void> append(OrderEvent event) {
		Mono<Void> appended = this.orderTraces.inTraceOf(event.order().id().value(), spanName(event),
				this.outbox.append(IntegrationEventMapper.toIntegrationEvent(event)));
		return (event instanceof OrderEvent.Placed)
				? appended.then(this.orderTraces.keepCurrent(event.order().id().value())) : appended;
	}

	private static String spanName(OrderEvent event) {
		return switch (event) {
			case OrderEvent.Cancelled cancelled -> "order cancelled " + cancelled.reason();
			case OrderEvent.Paid paid -> "order paid";
			case OrderEvent.Placed placed -> "order placed";
		};
	}

}
