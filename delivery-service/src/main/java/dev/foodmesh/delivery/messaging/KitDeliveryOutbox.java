package dev.foodmesh.delivery.messaging;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.DeliveryOutbox;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.messaging.KeptTraces;
import dev.foodmesh.messaging.Outbox;

/**
 * {@link DeliveryOutbox} on the messaging kit's transactional outbox. Traces follow the
 * kit's one rule ({@link KeptTraces}): events appended with no trace around them (by the
 * courier-wait scan or the simulator, on timers) continue the order's trace kept with its
 * delivery.
 */
@Component
class KitDeliveryOutbox implements DeliveryOutbox {

	private final Outbox outbox;

	private final KeptTraces orderTraces;

	KitDeliveryOutbox(Outbox outbox, KeptTraces orderTraces) {
		this.outbox = outbox;
		this.orderTraces = orderTraces;
	}

	@Override
	public Mono<Void> append(List<DeliveryEvent> events) {
		return Flux.fromIterable(events)
			.concatMap(event -> orderTraces.inTraceOf(event.orderId().value(),
					"delivery " + event.getClass().getSimpleName(), append(event)))
			.then();
	}

	private Mono<Void> append(DeliveryEvent event) {
		return Mono.justOrEmpty(IntegrationEventMapper.toIntegrationEvent(event)).flatMap(outbox::append);
	}

}
