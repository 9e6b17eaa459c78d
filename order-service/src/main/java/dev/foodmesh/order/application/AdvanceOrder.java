package dev.foodmesh.order.application;

import java.time.Clock;
import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderResult;

/**
 * Moves a stored order: a saga reply from payment or delivery, or a customer's cancel.
 * Loads the order locked, applies the state machine, and writes the change with its
 * events in one transaction (the consumer's, when called from one).
 */
public final class AdvanceOrder {

	private static final Logger logger = LoggerFactory.getLogger(AdvanceOrder.class);

	private final Orders orders;

	private final OrderChangeWriter writer;

	private final Transactions transactions;

	private final Clock clock;

	public AdvanceOrder(Orders orders, OrderChangeWriter writer, Transactions transactions, Clock clock) {
		this.orders = orders;
		this.writer = writer;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Readies the current transaction for advancing these orders, each maybe several
	 * times: one lock and one read for all of them now, one write for all just before the
	 * commit ({@link Orders#holdForUpdate}).
	 */
	public Mono<Void> prepare(Collection<OrderId> ids) {
		return this.transactions.required(this.orders.holdForUpdate(ids));
	}

	public Mono<AdvanceResult> advance(OrderId id, OrderCommand command) {
		Mono<AdvanceResult> work = this.orders.findForUpdate(id)
			.flatMap((order) -> apply(order, command))
			.defaultIfEmpty(new AdvanceResult.Unknown(id));
		return this.transactions.required(work);
	}

	private Mono<AdvanceResult> apply(Order order, OrderCommand command) {
		return switch (order.handle(command, this.clock.instant())) {
			case OrderResult.Changed changed -> this.writer.changed(order, changed)
				.doOnSuccess((written) -> logMoved(order, changed.next(), command))
				.thenReturn(new AdvanceResult.Applied(changed.next()));
			case OrderResult.Rejected rejected -> Mono.just(new AdvanceResult.Refused(rejected.rejection()));
		};
	}

	// one line per status change, in the trace of the record or request that caused it; a
	// repeat logs nothing
	private static void logMoved(Order before, Order after, OrderCommand command) {
		if (before.status() == after.status()) {
			return;
		}
		logger.atInfo()
			.addKeyValue("orderId", after.id().toString())
			.addKeyValue("status", after.status().name())
			.addKeyValue("trigger", command.trigger().name())
			.log("Order {} {} -> {} on {}{}", after.id(), before.status(), after.status(), command.trigger(),
					(after.cancellationReason() != null) ? " (reason " + after.cancellationReason() + ")" : "");
	}

}
