package dev.foodmesh.order.application;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;

/**
 * An order's live status: the current status first, then every change, completing after a
 * terminal status.
 * <p>
 * Changes made by any replica wake the watcher through {@link OrderChanges}; each wake-up
 * re-reads the order, so missed or coalesced wake-ups lose nothing. A periodic re-read
 * covers wake-ups lost while the shared listener (re)connects.
 */
public final class WatchOrder {

	private final Orders orders;

	private final OrderChanges changes;

	private final Duration resyncInterval;

	public WatchOrder(Orders orders, OrderChanges changes, Duration resyncInterval) {
		this.orders = orders;
		this.changes = changes;
		this.resyncInterval = resyncInterval;
	}

	/**
	 * The status stream; signals {@link UnknownOrderException} first when there is no
	 * such order.
	 */
	public Flux<StatusUpdate> watch(OrderId id) {
		return wakeUps(id).concatMap((wakeUp) -> read(id), 1)
			.scan(StatusTimeline.start(), StatusTimeline::next)
			.concatMapIterable(StatusTimeline::fresh)
			.takeUntil((update) -> update.status().isTerminal());
	}

	private Flux<OrderId> wakeUps(OrderId id) {
		Flux<OrderId> changed = this.changes.changes().filter(id::equals);
		Flux<OrderId> resync = Flux.interval(this.resyncInterval).map((tick) -> id);
		// subscribed together, so a change right after the first read still wakes the
		// watcher up
		return Flux.merge(Mono.just(id), changed, resync).onBackpressureLatest();
	}

	private Mono<Order> read(OrderId id) {
		return this.orders.findById(id).switchIfEmpty(Mono.error(() -> new UnknownOrderException(id)));
	}

}
