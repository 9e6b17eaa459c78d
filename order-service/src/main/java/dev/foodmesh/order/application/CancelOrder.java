package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.Trigger;

/**
 * The customer cancels before pickup: an unpaid order is cancelled at once, a paid one
 * awaits its refund ({@code CANCELLATION_PENDING}); a picked-up or delivered order is
 * refused. Cancelling twice is harmless.
 */
public final class CancelOrder {

	private static final OrderCommand CANCEL = new OrderCommand.Signal(Trigger.CUSTOMER_CANCELLED);

	private final AdvanceOrder advanceOrder;

	public CancelOrder(AdvanceOrder advanceOrder) {
		this.advanceOrder = advanceOrder;
	}

	public Mono<AdvanceResult> cancel(OrderId id) {
		return this.advanceOrder.advance(id, CANCEL);
	}

}
