package dev.foodmesh.delivery.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.messaging.TransactionHeld;

/**
 * The deliveries a background scan locked in one transaction (the courier simulator's due
 * pickups and completions), as each stands in it, and what the transaction's moves
 * changed: the deliveries' new states and the couriers they freed, written with one
 * statement just before the commit ({@link MoveWrites}), so a scan of many deliveries
 * costs one read and one write instead of a lock and a write or two per delivery. A
 * rolled-back transaction's changes are dropped with it; its work runs as one sequential
 * reactive chain, so nothing here races.
 */
final class HeldMoves extends TransactionHeld {

	private final MoveWrites writes;

	private final Map<DeliveryId, Delivery> held = new HashMap<>();

	private final Map<DeliveryId, Delivery> moved = new LinkedHashMap<>();

	private final Map<CourierId, Instant> freed = new LinkedHashMap<>();

	private HeldMoves(TransactionSynchronizationManager transaction, MoveWrites writes) {
		super(transaction, writes);
		this.writes = writes;
	}

	/**
	 * The current transaction's hold, registered with it on first use; empty outside a
	 * transaction.
	 */
	static Mono<HeldMoves> begin(MoveWrites writes) {
		return TransactionHeld.of(writes, HeldMoves.class, transaction -> new HeldMoves(transaction, writes));
	}

	/** The current transaction's hold, if it has one. */
	static Mono<Optional<HeldMoves>> current(MoveWrites writes) {
		return TransactionHeld.find(writes, HeldMoves.class);
	}

	/** Holds deliveries just locked; one held already keeps its state here. */
	void hold(List<Delivery> locked) {
		locked.forEach(delivery -> held.putIfAbsent(delivery.id(), delivery));
	}

	/** A held delivery as it stands in this transaction. */
	Optional<Delivery> current(DeliveryId id) {
		return Optional.ofNullable(held.get(id));
	}

	/** Records a held delivery's next state; false if it is not held. */
	boolean move(Delivery next) {
		if (!held.containsKey(next.id())) {
			return false;
		}
		held.put(next.id(), next);
		moved.put(next.id(), next);
		return true;
	}

	/** Frees a courier with the moves, at the commit; always taken. */
	boolean free(CourierId id, Instant since) {
		freed.put(id, since);
		return true;
	}

	@Override
	public Mono<Void> beforeCommit(boolean readOnly) {
		return Mono.defer(() -> {
			List<Delivery> deliveries = List.copyOf(moved.values());
			Map<CourierId, Instant> couriers = Map.copyOf(freed);
			moved.clear();
			freed.clear();
			return writes.write(deliveries, couriers);
		});
	}

}
