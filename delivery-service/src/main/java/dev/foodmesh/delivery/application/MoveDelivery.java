package dev.foodmesh.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryLifecycle;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.OrderId;

/**
 * Moves a delivery one step along its {@link DeliveryLifecycle}: the courier picks the
 * order up, the courier hands it over, or the order's cancellation releases it. Each move
 * locks the delivery in a transaction (joining one already active), applies the domain
 * move and records the outcome; each answers empty when there is no such delivery. A
 * courier's move first checks, on the locked row, that the {@link Actor} may make it, and
 * signals {@link NotAssignedToCourierException} when not.
 */
public class MoveDelivery {

	private final Deliveries deliveries;

	private final CancelledOrders cancelledOrders;

	private final TransitionRecorder recorder;

	private final Transactions transactions;

	private final Clock clock;

	public MoveDelivery(Deliveries deliveries, CancelledOrders cancelledOrders, TransitionRecorder recorder,
			Transactions transactions, Clock clock) {
		this.deliveries = deliveries;
		this.cancelledOrders = cancelledOrders;
		this.recorder = recorder;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The courier collected the order at the restaurant. */
	public Mono<DeliveryResult> pickUp(DeliveryId id, Actor actor) {
		return apply(lockFor(id, actor), DeliveryLifecycle::pickUp);
	}

	/** The customer has the order; the courier is free for the next one. */
	public Mono<DeliveryResult> complete(DeliveryId id, Actor actor) {
		return apply(lockFor(id, actor), DeliveryLifecycle::complete);
	}

	/**
	 * The order was cancelled: a waiting delivery stops waiting, an assigned courier is
	 * free again, and the cancellation is remembered so that a later {@code OrderPaid} of
	 * the order schedules nothing. Empty also when the order was cancelled before it was
	 * paid.
	 */
	public Mono<DeliveryResult> release(OrderId orderId) {
		return cancelledOrders.remember(orderId)
			.then(apply(deliveries.lockByOrder(orderId), DeliveryLifecycle::release));
	}

	private Mono<Delivery> lockFor(DeliveryId id, Actor actor) {
		return deliveries.lock(id).flatMap(delivery -> switch (actor) {
			case Actor.Courier courier when !courier.isAssignedTo(delivery) ->
				Mono.error(new NotAssignedToCourierException(id, courier.id()));
			case Actor.Courier courier -> Mono.just(delivery);
			case Actor.Staff staff -> Mono.just(delivery);
		});
	}

	private Mono<DeliveryResult> apply(Mono<Delivery> lockedDelivery,
			BiFunction<Delivery, Instant, DeliveryResult> move) {
		return transactions
			.required(lockedDelivery.map(delivery -> move.apply(delivery, clock.instant())).flatMap(recorder::record));
	}

}
