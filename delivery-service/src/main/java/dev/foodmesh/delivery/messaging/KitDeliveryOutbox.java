package dev.foodmesh.delivery.messaging;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.DeliveryOutbox;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.messaging.Traces;

/**
 * {@link DeliveryOutbox} on the messaging kit's transactional outbox. Events appended with no trace around them (by
 * the courier-wait scan or the simulator, on timers) continue the order's trace kept with its delivery.
 */
@Component
class KitDeliveryOutbox implements DeliveryOutbox {

	private final Outbox outbox;

	private final OrderTraces orderTraces;

	KitDeliveryOutbox(Outbox outbox, OrderTraces orderTraces) {
		this.outbox = outbox;
		this.orderTraces = orderTraces;
	}

	@Override
	public Mono<Void> append(List<DeliveryEvent> events) {
		return Traces.current()
			.flatMap(current -> Flux.fromIterable(events)
				.concatMap(event -> current.isPresent() ? append(event) : appendInOrderTrace(event))
				.then());
	}

	private Mono<Void> append(DeliveryEvent event) {
		return Mono.justOrEmpty(IntegrationEventMapper.toIntegrationEvent(event)).flatMap(outbox::append);
	}

	private Mono<Void> appendInOrderTrace(DeliveryEvent event) {
		return orderTraces.of(event.orderId())
			.flatMap(trace -> trace
				.map(order -> Traces.continueTrace(order, "delivery " + event.getClass().getSimpleName(), append(event)))
				.orElseGet(() -> append(event)));
	}

}
