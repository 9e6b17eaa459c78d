package dev.foodmesh.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryRequest;
import dev.foodmesh.delivery.domain.DeliveryResult;

/**
 * Takes on a paid order: creates its one delivery and assigns a courier at once if one is
 * free; otherwise the delivery waits for {@link AssignWaitingDeliveries}. An order that
 * already has a delivery (a redelivered or repeated {@code OrderPaid}) keeps it
 * unchanged, so a courier is assigned at most once per order. An order already cancelled
 * (its {@code OrderPaid} redriven after its {@code OrderCancelled}) gets no delivery:
 * empty. The new delivery keeps the order's trace, if the command has one.
 * <p>
 * A batch of paid orders is {@linkplain #prepare prepared} first, in the transaction that
 * then schedules each of them: see {@link SchedulingHold}.
 */
public class ScheduleDelivery {

	private final Deliveries deliveries;

	private final CancelledOrders cancelledOrders;

	private final CourierDispatch dispatch;

	private final SchedulingHold hold;

	private final Transactions transactions;

	private final Clock clock;

	public ScheduleDelivery(Deliveries deliveries, CancelledOrders cancelledOrders, CourierDispatch dispatch,
			SchedulingHold hold, Transactions transactions, Clock clock) {
		this.deliveries = deliveries;
		this.cancelledOrders = cancelledOrders;
		this.dispatch = dispatch;
		this.hold = hold;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Readies the current transaction for scheduling these orders, one each. */
	public Mono<Void> prepare(Collection<ScheduleDeliveryCommand> commands) {
		return transactions.required(hold.hold(commands));
	}

	public Mono<DeliveryResult> schedule(ScheduleDeliveryCommand command) {
		return Mono.defer(() -> {
			Instant now = clock.instant();
			Delivery.Unassigned delivery = new Delivery.Unassigned(
					new DeliveryRequest(new DeliveryId(UUID.randomUUID()), command.orderId(), command.city(), now));
			Mono<DeliveryResult> scheduled = cancelledOrders.contains(command.orderId())
				.filter(cancelled -> !cancelled)
				.flatMap(notCancelled -> deliveries.add(delivery, command.orderTrace()))
				.flatMap(added -> added ? dispatch.dispatch(delivery, now) : existing(command));
			return transactions.required(scheduled);
		});
	}

	private Mono<DeliveryResult> existing(ScheduleDeliveryCommand command) {
		return deliveries.lockByOrder(command.orderId()).map(DeliveryResult::unchanged);
	}

}
