package dev.foodmesh.messaging.consumer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

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
 */
final class IdempotentApplier<E extends IntegrationEvent> {

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
	 * Emits, after the commit, for each event in order, whether it was new (true) or a
	 * duplicate (false).
	 */
	Mono<List<Boolean>> apply(List<Inbound.Decoded<E>> events) {
		List<UUID> ids = events.stream().map((decoded) -> decoded.event().eventId()).toList();
		return this.processedEvents.claim(ids)
			.flatMap((fresh) -> applyFresh(events, fresh))
			.as(this.transactions::transactional);
	}

	// removing each id as it is applied also skips a second copy of the same event within
	// one batch
	private Mono<List<Boolean>> applyFresh(List<Inbound.Decoded<E>> events, Set<UUID> fresh) {
		return Flux.fromIterable(events)
			.concatMap((decoded) -> fresh.remove(decoded.event().eventId()) ? handle(decoded).thenReturn(true)
					: Mono.just(false))
			.collectList();
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
