package dev.foodmesh.messaging;

import reactor.core.publisher.Mono;

import dev.foodmesh.events.IntegrationEvent;

/**
 * Applies one consumed integration event to the service.
 * <p>
 * The kit calls a handler inside an R2DBC transaction that also records {@code (consumer, event id)} in
 * {@code processed_events}; a redelivered event is skipped before the handler sees it. Everything the handler writes
 * through R2DBC — its own tables and {@link Outbox#append} — joins that transaction. Events of one order arrive in
 * order. A handler signals {@link InvalidEventException} for an event that can never be applied (it goes to the
 * dead-letter topic); any other error is treated as transient and the event is retried with backoff.
 *
 * @param <E> the topic's sealed event type
 */
@FunctionalInterface
public interface EventHandler<E extends IntegrationEvent> {

	Mono<Void> handle(E event);

}
