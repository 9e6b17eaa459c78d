package dev.foodmesh.delivery.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.ReleaseAnswers;
import dev.foodmesh.delivery.domain.ReleaseAnswer;
import dev.foodmesh.messaging.Outbox;

/**
 * {@link ReleaseAnswers} on the messaging kit's transactional outbox, in the trace of the
 * {@code OrderCancelled} being answered.
 */
@Component
class KitReleaseAnswers implements ReleaseAnswers {

	private final Outbox outbox;

	KitReleaseAnswers(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> send(ReleaseAnswer answer) {
		return outbox.append(IntegrationEventMapper.toIntegrationEvent(answer));
	}

}
