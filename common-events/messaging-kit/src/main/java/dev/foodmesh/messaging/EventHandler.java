package dev.foodmesh.messaging;

import java.util.List;

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

	/**
	 * Called once per transaction, before the first {@link #handle}, with every event the
	 * kit is about to hand to it in that transaction, in order: claimed, so neither a
	 * duplicate nor an ignored event. Runs in that transaction.
	 * <p>
	 * A handler that needs stored state for each event can load it here for all of them
	 * with one statement (locking it, if its writes need that) and answer its
	 * {@code handle} calls from what it loaded, so a batch of a hundred events costs one
	 * load, not a hundred; the same way, it may hold its writes until just before the
	 * commit and write them together, as {@link Outbox#append} does. What it holds must
	 * belong to the transaction, never to the handler: a failed batch is rolled back and
	 * its events are applied again, one transaction each, each prepared on its own. The
	 * default prepares nothing.
	 * @param events the events about to be handled in this transaction, at least one
	 * @return completes when the handler is ready for them
	 */
	default Mono<Void> prepare(List<? extends E> events) {
		return Mono.empty();
	}

}
