package dev.foodmesh.messaging.consumer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.EventHandler;

/**
 * Applies decoded events exactly once per consumer: in one transaction it claims their ids in
 * {@code processed_events} and runs the handler, in order, for those not claimed before. Everything the handler
 * writes through R2DBC (its tables, the outbox) commits with the claim or not at all.
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

	/** Emits, after the commit, for each event in order, whether it was new (true) or a duplicate (false). */
	Mono<List<Boolean>> apply(List<Inbound.Decoded<E>> events) {
		List<UUID> ids = events.stream().map((decoded) -> decoded.event().eventId()).toList();
		return this.processedEvents.claim(ids)
			.flatMap((fresh) -> applyFresh(events, fresh))
			.as(this.transactions::transactional);
	}

	// removing each id as it is applied also skips a second copy of the same event within one batch
	private Mono<List<Boolean>> applyFresh(List<Inbound.Decoded<E>> events, Set<UUID> fresh) {
		return Flux.fromIterable(events)
			.concatMap((decoded) -> fresh.remove(decoded.event().eventId()) ? handle(decoded).thenReturn(true)
					: Mono.just(false))
			.collectList();
	}

	// the handler sees the record's trace parent, so outbox rows it appends continue the trace
	private Mono<Void> handle(Inbound.Decoded<E> decoded) {
		Mono<Void> handled = Mono.defer(() -> this.handler.handle(decoded.event()));
		return (decoded.trace() == null) ? handled : handled.contextWrite(decoded.trace()::putInto);
	}

}
