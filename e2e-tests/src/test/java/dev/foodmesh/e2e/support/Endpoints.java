package dev.foodmesh.e2e.support;

import java.net.URI;

import dev.foodmesh.infra.FoodMeshService;

/** Where the running services answer. */
public interface Endpoints {

	/** The API base URI of a service, e.g. {@code http://127.0.0.1:41234}. */
	URI api(FoodMeshService service);

	/** The management (actuator) base URI of a service. */
	URI management(FoodMeshService service);

	default URI api(FoodMeshService service, String pathAndQuery) {
		return URI.create(api(service) + pathAndQuery);
	}

	default URI management(FoodMeshService service, String pathAndQuery) {
		return URI.create(management(service) + pathAndQuery);
	}

}
