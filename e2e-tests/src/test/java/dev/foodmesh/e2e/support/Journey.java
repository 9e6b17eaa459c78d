package dev.foodmesh.e2e.support;

/**
 * What every {@link JourneyTest} starts from: the shared {@link Fleet} and the client of
 * its public API. A journey's constructor takes the fleet and hands it on.
 */
public abstract class Journey {

	protected final Fleet fleet;

	protected final FoodMesh foodMesh;

	protected Journey(Fleet fleet) {
		this.fleet = fleet;
		this.foodMesh = fleet.api();
	}

}
