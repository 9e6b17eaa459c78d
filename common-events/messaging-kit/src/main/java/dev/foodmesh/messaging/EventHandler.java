package dev.foodmesh.messaging;

import reactor.core.publisher.Mono;

import dev.foodmesh.events.IntegrationEvent;

/**
 * Applies one consumed integration event to the service.
 * <p>
 * The kit calls a handler inside an R2DBC transaction that also records
 * {@code (consumer, event id)} in {@code processed_events}; a redelivered event is
 * skipped before the handler sees it. Everything the handler writes through R2DBC — its
 * own tables and {@link Outbox#append} — joins that transaction. Events of one order
 * arrive in order (one partition is handled sequentially); several events of one
 * partition may share one transaction.
 * <p>
 * Failures: a transient one (database or broker unavailable, connection lost, timeout,
 * serialization failure) rolls back and is retried with exponential backoff, for ever,
 * without skipping the event. A handler signals {@link InvalidEventException} for an
 * event that can never be applied; that event, and one whose handler fails for any other
 * non-transient reason again when retried on its own, goes to the topic's dead-letter
 * twin, and the next event is handled. The Reactor Context carries the event's trace
 * parent, so {@link Outbox#append} continues the trace.
 *
 * @param <E> the topic's sealed event type
 */
@FunctionalInterface
public interface EventHandler<E extends IntegrationEvent> {

	Mono<Void> handle(E event);

}
