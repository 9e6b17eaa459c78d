package dev.foodmesh.delivery.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.CourierStatus;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.delivery.persistence.ScheduleWrites.CourierChange;
import dev.foodmesh.delivery.persistence.ScheduleWrites.NewDelivery;
import dev.foodmesh.messaging.TransactionHeld;

/**
 * What one transaction holds for scheduling a batch of paid orders
 * ({@code SchedulingHold}): whether each order had a delivery or was cancelled, the
 * available couriers it locked per city, and what it changed since: the deliveries it
 * added and the couriers it took or freed. Spring runs {@link #beforeCommit} inside the
 * transaction, on its connection, so the changes are written with one statement and
 * commit with everything else or not at all; a rolled-back transaction's changes are
 * dropped with it. A transaction's work runs as one sequential reactive chain, so nothing
 * here races.
 */
final class HeldScheduling extends TransactionHeld {

	private final ScheduleWrites writes;

	private final Set<OrderId> orders = new HashSet<>();

	private final Set<OrderId> scheduled = new HashSet<>();

	private final Set<OrderId> cancelled = new HashSet<>();

	// the held couriers still available, per city, longest idle first
	private final Map<String, List<Courier>> available = new HashMap<>();

	private final Map<OrderId, NewDelivery> added = new LinkedHashMap<>();

	private final Map<CourierId, CourierChange> courierChanges = new LinkedHashMap<>();

	private HeldScheduling(TransactionSynchronizationManager transaction, ScheduleWrites writes) {
		super(transaction, writes);
		this.writes = writes;
	}

	/**
	 * The current transaction's hold, registered with it on first use; empty outside a
	 * transaction.
	 */
	static Mono<HeldScheduling> begin(ScheduleWrites writes) {
		return TransactionHeld.of(writes, HeldScheduling.class, transaction -> new HeldScheduling(transaction, writes));
	}

	/** The current transaction's hold, if it has one. */
	static Mono<Optional<HeldScheduling>> current(ScheduleWrites writes) {
		return TransactionHeld.find(writes, HeldScheduling.class);
	}

	void holdOrder(OrderId orderId, boolean hasDelivery, boolean wasCancelled) {
		orders.add(orderId);
		if (hasDelivery) {
			scheduled.add(orderId);
		}
		if (wasCancelled) {
			cancelled.add(orderId);
		}
	}

	/** Marks a held order cancelled, after the transaction remembered it so. */
	void cancel(OrderId orderId) {
		if (orders.contains(orderId)) {
			cancelled.add(orderId);
		}
	}

	/** Holds the city's available couriers: those locked, in the policy's order. */
	void holdCouriers(String city, List<Courier> couriers) {
		available.put(city, new ArrayList<>(couriers));
	}

	/** Whether a held order was cancelled; empty if the order is not held. */
	Optional<Boolean> cancelled(OrderId orderId) {
		return orders.contains(orderId) ? Optional.of(cancelled.contains(orderId)) : Optional.empty();
	}

	/**
	 * Adds a delivery of a held order, to be inserted before the commit: false if the
	 * order has one already; empty if the order is not held.
	 */
	Optional<Boolean> add(Delivery.Unassigned delivery, Optional<OrderTrace> orderTrace) {
		OrderId orderId = delivery.orderId();
		if (!orders.contains(orderId)) {
			return Optional.empty();
		}
		if (scheduled.contains(orderId) || added.containsKey(orderId)) {
			return Optional.of(false);
		}
		added.put(orderId, new NewDelivery(delivery, orderTrace));
		return Optional.of(true);
	}

	/** The delivery this transaction added for the order, as it is now. */
	Optional<Delivery> added(OrderId orderId) {
		return Optional.ofNullable(added.get(orderId)).map(NewDelivery::delivery);
	}

	/** Records a change of a delivery added here; false if it was not added here. */
	boolean change(Delivery delivery) {
		NewDelivery previous = added.get(delivery.orderId());
		if (previous == null || !previous.delivery().id().equals(delivery.id())) {
			return false;
		}
		added.put(delivery.orderId(), new NewDelivery(delivery, previous.orderTrace()));
		return true;
	}

	/** The first held couriers still available in the city; empty if it is not held. */
	Optional<List<Courier>> availableIn(String city, int limit) {
		return Optional.ofNullable(available.get(city))
			.map(couriers -> List.copyOf(couriers.subList(0, Math.min(limit, couriers.size()))));
	}

	/** Takes a held available courier; false if it is not one. */
	boolean occupy(CourierId id, Instant since) {
		for (List<Courier> couriers : available.values()) {
			if (couriers.removeIf(courier -> courier.id().equals(id))) {
				courierChanges.put(id, new CourierChange(id, CourierStatus.BUSY, since));
				return true;
			}
		}
		return false;
	}

	/**
	 * Frees a courier this transaction took (its order cancelled in the same batch);
	 * false if it did not take it. Not offered again in this transaction.
	 */
	boolean free(CourierId id, Instant since) {
		if (!courierChanges.containsKey(id)) {
			return false;
		}
		courierChanges.put(id, new CourierChange(id, CourierStatus.AVAILABLE, since));
		return true;
	}

	@Override
	public Mono<Void> beforeCommit(boolean readOnly) {
		return Mono.defer(() -> {
			List<NewDelivery> deliveries = List.copyOf(added.values());
			List<CourierChange> changes = List.copyOf(courierChanges.values());
			added.clear();
			courierChanges.clear();
			return writes.write(deliveries, changes);
		});
	}

}
