package dev.foodmesh.infra;

import java.util.List;

import dev.foodmesh.events.Topics;

/**
 * How the local stack and the tests create the event topics; their names come from
 * event-contracts' {@link Topics}.
 */
public final class FoodMeshTopics {

	/** Partitions per topic unless told otherwise. */
	public static final int DEFAULT_PARTITIONS = 3;

	private FoodMeshTopics() {
	}

	/** The three event topics and their dead-letter twins. */
	public static List<String> all() {
		return Topics.withDeadLetters();
	}

}
