package dev.foodmesh.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderResult;
import dev.foodmesh.order.domain.Trigger;

/**
 * Cancels orders whose payment did not arrive in time
 * ({@code CANCELLED(PAYMENT_TIMEOUT)}, refund requested for a late authorisation). One
 * batch per call, in one transaction; safe to run in several replicas at once.
 */
public final class TimeOutPayments {

	private static final OrderCommand TIME_OUT = new OrderCommand.Signal(Trigger.PAYMENT_TIMED_OUT);

	private final Orders orders;

	private final OrderChangeWriter writer;

	private final Transactions transactions;

	private final Clock clock;

	private final Duration timeout;

	private final int batchSize;

	public TimeOutPayments(Orders orders, OrderChangeWriter writer, Transactions transactions, Clock clock,
			Duration timeout, int batchSize) {
		this.orders = orders;
		this.writer = writer;
		this.transactions = transactions;
		this.clock = clock;
		this.timeout = timeout;
		this.batchSize = batchSize;
	}

	/** Cancels up to one batch of overdue orders; answers how many. */
	public Mono<Long> timeOutOverdue() {
		Instant now = this.clock.instant();
		Mono<Long> batch = this.orders.lockOverduePayments(now.minus(this.timeout), this.batchSize)
			.concatMap((order) -> timeOut(order, now))
			.count();
		return this.transactions.required(batch);
	}

	private Mono<Order> timeOut(Order order, Instant now) {
		return switch (order.handle(TIME_OUT, now)) {
			case OrderResult.Changed changed -> this.writer.changed(order, changed).thenReturn(changed.next());
			case OrderResult.Rejected rejected ->
				Mono.error(new IllegalStateException("an overdue order refused its timeout: " + rejected));
		};
	}

}
