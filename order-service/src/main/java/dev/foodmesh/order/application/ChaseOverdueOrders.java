package dev.foodmesh.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderResult;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.Trigger;

/**
 * Every non-terminal status has a bound. Past it, an order that can be helped is moved
 * on, and every overdue order is counted for the {@code foodmesh_order_overdue} gauge and
 * its alert:
 * <ul>
 * <li>PAID without a courier assigned: cancelled {@code DELIVERY_OVERDUE}, through
 * delivery-service's release confirmation like a customer's cancel (its {@code OrderPaid}
 * may have been dead-lettered, or it is down);</li>
 * <li>CANCELLATION_PENDING still awaiting delivery-service's answer: the release is asked
 * again, at most once per bound (the request or the answer may have been dead-lettered,
 * or an older delivery-service never answers);</li>
 * <li>DELIVERY_SCHEDULED, PICKED_UP, and CANCELLATION_PENDING awaiting its refund:
 * counted only; a person decides (a slow courier is no reason to cancel, and
 * payment-service answers a repeated refund request with nothing).</li>
 * </ul>
 * One batch per status per call, in one transaction; safe to run in several replicas at
 * once.
 */
public final class ChaseOverdueOrders {

	private final OverdueOrders overdue;

	private final OrderChangeWriter writer;

	private final Transactions transactions;

	private final OverdueMetrics metrics;

	private final Clock clock;

	private final Map<OrderStatus, Duration> bounds;

	private final int batchSize;

	public ChaseOverdueOrders(OverdueOrders overdue, OrderChangeWriter writer, Transactions transactions,
			OverdueMetrics metrics, Clock clock, Map<OrderStatus, Duration> bounds, int batchSize) {
		this.overdue = overdue;
		this.writer = writer;
		this.transactions = transactions;
		this.metrics = metrics;
		this.clock = clock;
		this.bounds = Map.copyOf(bounds);
		this.batchSize = batchSize;
	}

	/**
	 * Moves on the overdue orders that can be helped and counts all of them; answers how
	 * many it moved.
	 */
	public Mono<Long> chase() {
		Instant now = this.clock.instant();
		Mono<Long> moved = Flux.concat(cancelUndelivered(now), askReleaseAgain(now)).count();
		return this.transactions.required(moved)
			.flatMap((count) -> this.overdue.count(this.bounds).doOnNext(this.metrics::overdue).thenReturn(count));
	}

	private Flux<Order> cancelUndelivered(Instant now) {
		return this.overdue.lockOverdue(OrderStatus.PAID, this.bounds.get(OrderStatus.PAID), this.batchSize)
			.concatMap((order) -> apply(order, Trigger.DELIVERY_OVERDUE, now));
	}

	private Flux<Order> askReleaseAgain(Instant now) {
		Duration bound = this.bounds.get(OrderStatus.CANCELLATION_PENDING);
		return this.overdue.lockOverdue(OrderStatus.CANCELLATION_PENDING, bound, this.batchSize)
			.filter((order) -> order.awaitsRelease() && order.updatedAt().isBefore(now.minus(bound)))
			.concatMap((order) -> apply(order, Trigger.RELEASE_OVERDUE, now));
	}

	private Mono<Order> apply(Order order, Trigger trigger, Instant now) {
		return switch (order.handle(new OrderCommand.Signal(trigger), now)) {
			case OrderResult.Changed changed -> this.writer.changed(order, changed).thenReturn(changed.next());
			case OrderResult.Rejected rejected ->
				Mono.error(new IllegalStateException("an overdue order refused " + trigger + ": " + rejected));
		};
	}

}
