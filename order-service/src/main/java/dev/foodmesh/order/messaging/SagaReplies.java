package dev.foodmesh.order.messaging;

import java.util.List;

import reactor.core.publisher.Mono;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.order.application.AdvanceOrder;
import dev.foodmesh.order.application.AdvanceResult;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderId;

/**
 * Applies a saga reply to its order. Already-taken steps and late events are no-ops by
 * the state machine; an event the state machine refuses or for an order that does not
 * exist can never apply, so it goes to the dead-letter topic instead of being retried for
 * ever.
 */
final class SagaReplies {

	private final AdvanceOrder advanceOrder;

	SagaReplies(AdvanceOrder advanceOrder) {
		this.advanceOrder = advanceOrder;
	}

	/**
	 * Loads the orders of a batch of replies with one statement (EventHandler.prepare).
	 */
	Mono<Void> prepare(List<? extends IntegrationEvent> events) {
		return this.advanceOrder
			.prepare(events.stream().map((event) -> new OrderId(event.orderId())).distinct().toList());
	}

	Mono<Void> apply(IntegrationEvent event, OrderCommand command) {
		return this.advanceOrder.advance(new OrderId(event.orderId()), command)
			.flatMap((result) -> verify(event, result));
	}

	private static Mono<Void> verify(IntegrationEvent event, AdvanceResult result) {
		return switch (result) {
			case AdvanceResult.Applied applied -> Mono.empty();
			case AdvanceResult.Refused refused -> Mono.error(new InvalidEventException(
					"event " + event.eventId() + " refused: " + refused.rejection().describe()));
			case AdvanceResult.Unknown unknown -> Mono.error(new InvalidEventException(
					"event " + event.eventId() + " names unknown order " + unknown.orderId()));
		};
	}

}
