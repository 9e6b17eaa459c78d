package dev.foodmesh.messaging.consumer;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverRecord;

import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.Traces;

/**
 * Applies decoded events exactly once per consumer: in one transaction it claims their
 * ids in {@code processed_events} and runs the handler, in order, for those not claimed
 * before. Everything the handler writes through R2DBC (its tables, the outbox) commits
 * with the claim or not at all.
 * <p>
 * Events the handler {@linkplain EventHandler#ignores ignores} are left out before the
 * transaction: not claimed, not handled, no transaction at all if the batch holds nothing
 * else. Having no effects, they are idempotent by themselves.
 */
final class IdempotentApplier<E extends IntegrationEvent> {

	/** What became of one event of a batch. */
	enum Outcome {

		/** Claimed and handled: its effects committed. */
		APPLIED,

		/** Claimed before (a redelivery, or a second copy in the batch): skipped. */
		DUPLICATE,

		/** The handler ignores it: neither claimed nor handled. */
		IGNORED

	}

	private final ProcessedEvents processedEvents;

	private final TransactionalOperator transactions;

	private final EventHandler<? super E> handler;

	IdempotentApplier(ProcessedEvents processedEvents, TransactionalOperator transactions,
			EventHandler<? super E> handler) {
		this.processedEvents = processedEvents;
		this.transactions = transactions;
		this.handler = handler;
	}

	/**
	 * Emits, after the commit (at once if every event is ignored), each event's outcome,
	 * in the order of the events.
	 */
	Mono<List<Outcome>> apply(List<Inbound.Decoded<E>> events) {
		return Mono.defer(() -> {
			List<Boolean> ignored = events.stream().map((decoded) -> this.handler.ignores(decoded.event())).toList();
			List<Inbound.Decoded<E>> applicable = IntStream.range(0, events.size())
				.filter((i) -> !ignored.get(i))
				.mapToObj(events::get)
				.toList();
			if (applicable.isEmpty()) {
				return Mono.just(Collections.nCopies(events.size(), Outcome.IGNORED));
			}
			return applyOnce(applicable).map((outcomes) -> merge(ignored, outcomes));
		});
	}

	private Mono<List<Outcome>> applyOnce(List<Inbound.Decoded<E>> events) {
		List<UUID> ids = events.stream().map((decoded) -> decoded.event().eventId()).toList();
		return this.processedEvents.claim(ids)
			.flatMap((fresh) -> applyFresh(events, fresh))
			.as(this.transactions::transactional);
	}

	// removing each id as it is claimed also skips a second copy of the same event within
	// one batch
	private Mono<List<Outcome>> applyFresh(List<Inbound.Decoded<E>> events, Set<UUID> fresh) {
		List<Outcome> outcomes = events.stream()
			.map((decoded) -> fresh.remove(decoded.event().eventId()) ? Outcome.APPLIED : Outcome.DUPLICATE)
			.toList();
		List<Inbound.Decoded<E>> toApply = IntStream.range(0, events.size())
			.filter((i) -> outcomes.get(i) == Outcome.APPLIED)
			.mapToObj(events::get)
			.toList();
		if (toApply.isEmpty()) {
			return Mono.just(outcomes);
		}
		return this.handler.prepare(toApply.stream().map(Inbound.Decoded::event).toList())
			.thenMany(Flux.fromIterable(toApply))
			.concatMap(this::handle)
			.then(Mono.just(outcomes));
	}

	// the outcomes of the applied events, in order, with IGNORED where they were left out
	private static List<Outcome> merge(List<Boolean> ignored, List<Outcome> applied) {
		Iterator<Outcome> next = applied.iterator();
		return ignored.stream().map((skipped) -> skipped ? Outcome.IGNORED : next.next()).toList();
	}

	/**
	 * Runs the handler in the record's trace: under a span "handle &lt;ce_type&gt;", a
	 * child of the record's {@code traceparent}, current for the handler's whole
	 * subscription (so its database spans, its log lines and the outbox rows it appends
	 * are in the trace) and in the Reactor Context. The agent's own process span of the
	 * record has ended by then: it closes when reactor-kafka hands the record on, before
	 * the batch is applied.
	 */
	private Mono<Void> handle(Inbound.Decoded<E> decoded) {
		Mono<Void> handled = Mono.defer(() -> this.handler.handle(decoded.event()));
		if (decoded.trace() == null) {
			return handled;
		}
		ReceiverRecord<byte[], byte[]> record = decoded.record();
		String type = EventCatalog.forEvent(decoded.event()).ceType();
		return Traces.continueTrace(decoded.trace(), "handle " + type, handled,
				(span) -> span.setAttribute("messaging.system", "kafka")
					.setAttribute("messaging.destination.name", record.topic())
					.setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
					.setAttribute("messaging.kafka.offset", record.offset())
					.setAttribute("messaging.message.id", decoded.event().eventId().toString())
					.setAttribute("cloudevents.event_type", type));
	}

}
