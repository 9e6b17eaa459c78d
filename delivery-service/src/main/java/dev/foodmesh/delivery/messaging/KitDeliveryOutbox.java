package dev.foodmesh.delivery.messaging;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.DeliveryOutbox;
import dev.foodmesh.delivery.application.OrderTraces;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.messaging.KeptTraces;
import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * {@link DeliveryOutbox} on the messaging kit's transactional outbox. Traces follow the
 * kit's one rule ({@link KeptTraces}): events appended with no trace around them (by the
 * courier-wait scan or the simulator, on timers) continue the order's trace kept with its
 * delivery, as read with the delivery the transaction locked ({@link OrderTraces}).
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
		return Flux.fromIterable(events)
			.concatMap(event -> KeptTraces.inTraceOf(kept(event.orderId()),
					"delivery " + event.getClass().getSimpleName(), append(event)))
			.then();
	}

	private Mono<Optional<TraceParent>> kept(OrderId orderId) {
		return orderTraces.keptWith(orderId)
			.map(kept -> kept.map(trace -> new TraceParent(trace.traceparent(), trace.tracestate())));
	}

	private Mono<Void> append(DeliveryEvent event) {
		return Mono.justOrEmpty(IntegrationEventMapper.toIntegrationEvent(event)).flatMap(outbox::append);
	}

}
