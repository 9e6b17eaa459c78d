package dev.foodmesh.loadtest;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Where the run finds the stack and writes its report, from system properties named {@code foodmesh.load.<key>}
 * (run.sh sets them). The defaults are the local stack's: {@code ./run-local.sh} on its standard ports.
 *
 * @param profile the load profile file
 * @param orderService order-service's base URL, where the load goes
 * @param deliveryService delivery-service's base URL, where couriers are registered
 * @param prometheusEndpoints the {@code /actuator/prometheus} URLs of the services that consume and publish events
 * @param jdbcUrl order-service's database, for the saga latencies
 * @param stateDirectory the stack's state directory (pid files)
 * @param reportDirectory where the report goes
 * @param token a bearer token for every request, or {@code null}
 * @param couriers how many couriers the city should have; {@code null} to work it out from the peak rate
 * @param stack how the stack was started, for the report
 */
public record RunSettings(Path profile, URI orderService, URI deliveryService, List<URI> prometheusEndpoints,
		String jdbcUrl, Path stateDirectory, Path reportDirectory, @Nullable String token, @Nullable Integer couriers,
		String stack) {

	/** The saga's services (the only ones with consumers and an outbox) and their local API ports. */
	private static final List<Integer> SAGA_API_PORTS = List.of(8080, 8083, 8084);

	public static RunSettings from(Function<String, @Nullable String> properties) {
		Function<String, @Nullable String> setting = (key) -> blankToNull(properties.apply("foodmesh.load." + key));
		int offset = Integer.parseInt(orDefault(setting.apply("portOffset"), "0"));
		int postgresPort = Integer.parseInt(orDefault(setting.apply("postgresPort"), "5432"));
		List<URI> prometheus = SAGA_API_PORTS.stream()
			.map((port) -> URI.create("http://localhost:" + (port + 1000 + offset) + "/actuator/prometheus"))
			.toList();
		String couriers = setting.apply("couriers");
		return new RunSettings(Path.of(orDefault(setting.apply("profile"), "profile.json")),
				URI.create(orDefault(setting.apply("orderUrl"), "http://localhost:" + (8080 + offset))),
				URI.create(orDefault(setting.apply("deliveryUrl"), "http://localhost:" + (8084 + offset))), prometheus,
				orDefault(setting.apply("jdbcUrl"), "jdbc:postgresql://localhost:" + postgresPort + "/foodmesh_order"),
				Path.of(orDefault(setting.apply("stateDir"), "../.local")),
				Path.of(orDefault(setting.apply("reportDir"), "target/report")), setting.apply("token"),
				(couriers != null) ? Integer.valueOf(couriers) : null,
				orDefault(setting.apply("stack"), "a stack started by hand"));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
