package dev.foodmesh.delivery.messaging;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.DeliveryOutbox;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.messaging.Outbox;

/** {@link DeliveryOutbox} on the messaging kit's transactional outbox. */
@Component
class KitDeliveryOutbox implements DeliveryOutbox {

	private final Outbox outbox;

	KitDeliveryOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> append(List<DeliveryEvent> events) {
		return Flux.fromIterable(events)
			.mapNotNull(IntegrationEventMapper::toIntegrationEvent)
			.concatMap(outbox::append)
			.then();
	}

}
