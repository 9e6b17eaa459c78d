package dev.foodmesh.loadtest;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Where the run finds the stack and writes its report, from system properties named
 * {@code foodmesh.load.<key>} (run.sh sets them). The defaults are the local stack's:
 * {@code ./run-local.sh} on its standard ports.
 *
 * @param profile the load profile file
 * @param orderService order-service's base URL, where the load goes
 * @param deliveryService delivery-service's base URL, where couriers are registered
 * @param prometheusEndpoints the {@code /actuator/prometheus} URLs of the services that
 * consume and publish events
 * @param jdbcUrl order-service's database, for the saga latencies
 * @param stateDirectory the stack's state directory (pid files)
 * @param reportDirectory where the report goes
 * @param token a bearer token for every request (a cluster, where you bring your own), or
 * {@code null}
 * @param customerTokens a customer token per profile user, each user's orders placed with
 * their own: what run.sh mints for the local stack (docs/security.md); it wins over
 * {@code token} for placements
 * @param operatorToken the token couriers are registered with (an operator's), or
 * {@code null} for {@code token}
 * @param couriers how many couriers the city should have; {@code null} to work it out
 * from the peak rate
 * @param stack how the stack was started, for the report
 */
public record RunSettings(Path profile, URI orderService, URI deliveryService, List<URI> prometheusEndpoints,
		String jdbcUrl, Path stateDirectory, Path reportDirectory, @Nullable String token,
		Map<UUID, String> customerTokens, @Nullable String operatorToken, @Nullable Integer couriers, String stack) {

	public RunSettings {
		customerTokens = Map.copyOf(customerTokens);
	}

	/** The token {@code user}'s orders are placed with, or {@code null} for none. */
	public @Nullable String placementToken(UUID user) {
		return this.customerTokens.getOrDefault(user, this.token);
	}

	/** The token couriers are registered with, or {@code null} for none. */
	public @Nullable String courierRegistrationToken() {
		return (this.operatorToken != null) ? this.operatorToken : this.token;
	}

	/**
	 * The saga's services (the only ones with consumers and an outbox) and their local
	 * API ports.
	 */
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
				customerTokens(setting.apply("customerTokens")), setting.apply("operatorToken"),
				(couriers != null) ? Integer.valueOf(couriers) : null,
				orDefault(setting.apply("stack"), "a stack started by hand"));
	}

	/** {@code "<user id>=<token> <user id>=<token> …"}, as run.sh exports it. */
	private static Map<UUID, String> customerTokens(@Nullable String pairs) {
		Map<UUID, String> tokens = new LinkedHashMap<>();
		if (pairs != null) {
			for (String pair : pairs.trim().split("\\s+")) {
				int equals = pair.indexOf('=');
				tokens.put(UUID.fromString(pair.substring(0, equals)), pair.substring(equals + 1));
			}
		}
		return tokens;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
