package dev.foodmesh.payment.messaging;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.Outbox;
import dev.foodmesh.payment.application.PaymentEvents;
import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * Publishes payment events through the kit's transactional outbox, in the caller's
 * transaction, to {@code foodmesh.payment.events.v1} keyed by order id.
 */
@Component
class OutboxPaymentEvents implements PaymentEvents {

	private final Outbox outbox;

	private final PaymentCounters counters;

	OutboxPaymentEvents(Outbox outbox, PaymentCounters counters) {
		this.outbox = outbox;
		this.counters = counters;
	}

	@Override
	public Mono<Void> publish(List<PaymentEvent> events) {
		// concatMap: outbox rows keep the order in which the payment changed
		return Flux.fromIterable(events).concatMap(this::publish).then();
	}

	private Mono<Void> publish(PaymentEvent event) {
		return outbox.append(IntegrationEventMapper.toIntegrationEvent(event)).then(counters.countOnCommit(event));
	}

}
