package dev.foodmesh.messaging;

import reactor.core.publisher.Mono;

import dev.foodmesh.events.IntegrationEvent;

/**
 * Applies one consumed integration event to the service.
 * <p>
 * The kit calls a handler inside an R2DBC transaction that also records
 * {@code (consumer, event id)} in {@code processed_events}; a redelivered event is
 * skipped before the handler sees it. Everything the handler writes through R2DBC — its
 * own tables and {@link Outbox#append} — joins that transaction. An event the handler
 * {@linkplain #ignores ignores} skips both the claim and the transaction. Events of one
 * order arrive in order (one partition is handled sequentially); several events of one
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

	/**
	 * Whether this handler ignores the event: would do nothing at all with it, no write,
	 * no outbox row, no call, no metric. The kit then acknowledges the event with its
	 * batch without calling {@link #handle}, without recording it in
	 * {@code processed_events} and without a transaction (a batch of ignored events opens
	 * none), and counts it as ignored.
	 * <p>
	 * That is safe because an event without effects is idempotent by itself: applying it
	 * zero, once or several times leaves the same state, so it needs neither the
	 * deduplication claim nor a transaction to commit with. Every consumer receives every
	 * event of its topic, so this saves a transaction per event the service does not care
	 * about. Decide on the event alone (its type, typically), without I/O; the default
	 * ignores nothing.
	 * @param event a decoded event of the topic
	 * @return true if handling the event would have no effect
	 */
	default boolean ignores(E event) {
		return false;
	}

}
