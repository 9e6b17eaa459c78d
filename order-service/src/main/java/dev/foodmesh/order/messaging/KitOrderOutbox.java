package dev.foodmesh.order.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.messaging.Traces;
import dev.foodmesh.order.application.OrderOutbox;
import dev.foodmesh.order.domain.OrderEvent;

/**
 * {@link OrderOutbox} on the messaging kit's outbox: the row joins the current R2DBC transaction, the kit's relay
 * publishes it to {@code foodmesh.order.events.v1} (key = order id) after commit.
 * <p>
 * Traces: an event appended in a request or while a consumed event is handled continues that trace; the placing
 * request's trace context is kept with the order ({@link OrderTraces}). An event appended with no trace around it
 * (the payment-timeout scan, on a timer) starts a new trace, one per order, whose first span links to the order's.
 */
@Component
class KitOrderOutbox implements OrderOutbox {

	private final Outbox outbox;

	private final OrderTraces orderTraces;

	KitOrderOutbox(Outbox outbox, OrderTraces orderTraces) {
		this.outbox = outbox;
		this.orderTraces = orderTraces;
	}

	@Override
	public Mono<Void> append(OrderEvent event) {
		IntegrationEvent integrationEvent = IntegrationEventMapper.toIntegrationEvent(event);
		return Traces.current().flatMap((current) -> current.map((trace) -> {
			Mono<Void> appended = this.outbox.append(integrationEvent);
			return (event instanceof OrderEvent.Placed) ? appended.then(this.orderTraces.keep(event.order().id(), trace))
					: appended;
		})
			.orElseGet(() -> this.orderTraces.of(event.order().id())
				.flatMap((order) -> Traces.newTraceLinkedTo(order.orElse(null), spanName(event),
						this.outbox.append(integrationEvent)))));
	}

	private static String spanName(OrderEvent event) {
		return switch (event) {
			case OrderEvent.Cancelled cancelled -> "order cancelled " + cancelled.reason();
			case OrderEvent.Paid paid -> "order paid";
			case OrderEvent.Placed placed -> "order placed";
		};
	}

}
