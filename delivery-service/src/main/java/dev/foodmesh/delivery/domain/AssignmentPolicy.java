package dev.foodmesh.delivery.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Chooses the courier for a delivery: an available courier in the delivery's city, the
 * one idle longest. The choice is deterministic, so replicas and retries agree on it.
 */
public final class AssignmentPolicy {

	// Ties break on the id's text, which sorts like Postgres sorts uuids, so this order
	// matches the database's.
	private static final Comparator<Courier> LONGEST_IDLE_FIRST = Comparator.comparing(Courier::statusSince)
		.thenComparing(courier -> courier.id().value().toString());

	private AssignmentPolicy() {
	}

	public static Optional<Courier> choose(String city, Collection<Courier> candidates) {
		return candidates.stream().filter(courier -> courier.isAvailableIn(city)).min(LONGEST_IDLE_FIRST);
	}

}
