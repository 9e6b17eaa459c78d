package dev.foodmesh.infra;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five services with the local ports and the database fixed in
 * {@code docs/conventions.md}.
 */
public enum FoodMeshService {

	ORDER("order-service", 8080, "foodmesh_order"),

	USER("user-service", 8081, "foodmesh_user"),

	RESTAURANT("restaurant-service", 8082, "foodmesh_restaurant"),

	PAYMENT("payment-service", 8083, "foodmesh_payment"),

	DELIVERY("delivery-service", 8084, "foodmesh_delivery");

	private final String serviceName;

	private final int apiPort;

	private final String databaseName;

	FoodMeshService(String serviceName, int apiPort, String databaseName) {
		this.serviceName = serviceName;
		this.apiPort = apiPort;
		this.databaseName = databaseName;
	}

	/**
	 * The module folder, artifactId, consumer group and {@code OTEL_SERVICE_NAME}, e.g.
	 * {@code order-service}.
	 */
	public String serviceName() {
		return this.serviceName;
	}

	/** The local API port (8080–8084). */
	public int apiPort() {
		return this.apiPort;
	}

	/** The local management (actuator) port: API port + 1000. */
	public int managementPort() {
		return this.apiPort + 1000;
	}

	/**
	 * The database, which is also the login role and (locally) its password, e.g.
	 * {@code foodmesh_order}.
	 */
	public String databaseName() {
		return this.databaseName;
	}

	/**
	 * Finds a service by its name, accepting {@code order-service}, {@code order} or
	 * {@code ORDER}.
	 */
	public static Optional<FoodMeshService> find(String name) {
		String normalized = name.toLowerCase(Locale.ROOT);
		String shortName = normalized.endsWith("-service") ? normalized.substring(0, normalized.length() - 8)
				: normalized;
		return Arrays.stream(values())
			.filter((service) -> service.name().toLowerCase(Locale.ROOT).equals(shortName))
			.findFirst();
	}

	/**
	 * The database a component uses: the service's own database for the five services,
	 * otherwise {@code foodmesh_<name>} with dashes turned into underscores (e.g.
	 * {@code messaging-kit} → {@code foodmesh_messaging_kit}).
	 */
	public static String databaseNameFor(String component) {
		return find(component).map(FoodMeshService::databaseName)
			.orElseGet(() -> "foodmesh_" + component.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
	}

}
