package dev.foodmesh.infra.local;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.foodmesh.infra.Database;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.FreePorts;

/**
 * Turns {@link FleetSettings} into the fleet's processes: the ports of every service, the
 * jar each runs (unpacked in parallel when asked), and each one's environment: its
 * database, the broker, the URLs it calls, the agent's settings.
 */
final class FleetAssembly {

	/** The agent's switches, {@code OTEL_INSTRUMENTATION_<NAME>_ENABLED}. */
	private static final String INSTRUMENTATION_PREFIX = "OTEL_INSTRUMENTATION_";

	private final FleetSettings<?> settings;

	private FleetAssembly(FleetSettings<?> settings) {
		this.settings = settings;
	}

	/**
	 * The processes of the selected services, wired to each other, Postgres and Kafka;
	 * none started yet.
	 */
	static Map<FoodMeshService, ServiceProcess> processes(FleetSettings<?> settings) {
		return new FleetAssembly(settings).processes();
	}

	private Map<FoodMeshService, ServiceProcess> processes() {
		if (this.settings.postgresHost == null || this.settings.bootstrapServers == null) {
			throw new IllegalStateException("Tell the fleet where Postgres and Kafka are");
		}
		Map<FoodMeshService, int[]> ports = new EnumMap<>(FoodMeshService.class);
		for (FoodMeshService service : FoodMeshService.values()) {
			ports.put(service,
					this.settings.freePorts ? new int[] { FreePorts.find(), FreePorts.find() }
							: new int[] { service.apiPort() + this.settings.portOffset,
									service.managementPort() + this.settings.portOffset });
		}
		Map<FoodMeshService, Path> runnable = runnableJars();
		Map<FoodMeshService, ServiceProcess> processes = new EnumMap<>(FoodMeshService.class);
		for (FoodMeshService service : this.settings.selected) {
			processes.put(service, process(service, ports, runnable.get(service)));
		}
		return processes;
	}

	/**
	 * The jar each service runs: its Boot jar, or the extracted one (extracted in
	 * parallel).
	 */
	private Map<FoodMeshService, Path> runnableJars() {
		Map<FoodMeshService, Path> runnable = new EnumMap<>(FoodMeshService.class);
		for (FoodMeshService service : this.settings.selected) {
			String name = service.serviceName();
			runnable.put(service,
					this.settings.jars.computeIfAbsent(service,
							(key) -> ServiceFleet.findJar(this.settings.repositoryRoot, name)
								.orElseThrow(() -> new IllegalStateException("No jar for " + name + " in "
										+ this.settings.repositoryRoot.resolve(name).resolve("target")
										+ "; build it with ./mvnw -B -q -DskipTests install"))));
		}
		if (this.settings.extractDirectory == null) {
			return runnable;
		}
		Path java = (this.settings.javaExecutable != null) ? this.settings.javaExecutable
				: Path.of(System.getProperty("java.home"), "bin", "java");
		Map<FoodMeshService, Path> extracted = new ConcurrentHashMap<>();
		List<RuntimeException> failures = new CopyOnWriteArrayList<>();
		List<Thread> threads = runnable.entrySet()
			.stream()
			.map((entry) -> Thread.ofPlatform().name("extract-" + entry.getKey().serviceName()).start(() -> {
				try {
					extracted.put(entry.getKey(), BootJars.extract(java, entry.getValue(),
							this.settings.extractDirectory.resolve(entry.getKey().serviceName())));
				}
				catch (RuntimeException ex) {
					failures.add(ex);
				}
			}))
			.toList();
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while extracting the service jars", ex);
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		return new EnumMap<>(extracted);
	}

	private ServiceProcess process(FoodMeshService service, Map<FoodMeshService, int[]> ports, Path jar) {
		String name = service.serviceName();
		Database database = new Database(this.settings.postgresHost, this.settings.postgresPort, service.databaseName(),
				service.databaseName(), service.databaseName());
		ServiceProcessBuilder builder = ServiceProcess.builder(name, jar)
			.apiPort(ports.get(service)[0])
			.managementPort(ports.get(service)[1])
			.logFile(this.settings.logDirectory.resolve(name + ".log"))
			.jvmOptions(this.settings.jvmOptions)
			.javaAgent(this.settings.otelAgent)
			.environment("FOODMESH_DB_HOST", database.host())
			.environment("FOODMESH_DB_PORT", Integer.toString(database.port()))
			.environment("FOODMESH_DB_NAME", database.name())
			.environment("FOODMESH_DB_USERNAME", database.username())
			.environment("FOODMESH_DB_PASSWORD", database.password())
			.environment("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.settings.bootstrapServers)
			// the services trust the development issuer's tokens (docs/security.md)
			.environment("FOODMESH_SECURITY_JWKS", DevIssuer.jwks())
			// every metric carries the service's name, as in the chart: dashboards and
			// alerts group by it
			.environment("MANAGEMENT_METRICS_TAGS_APPLICATION", name);
		if (this.settings.javaExecutable != null) {
			builder.javaExecutable(this.settings.javaExecutable);
		}
		if (!this.settings.parentEnvironment.containsKey("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE")) {
			// Boot's graceful shutdown must end before the fleet's SIGKILL
			builder.environment("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "10s");
		}
		if (service == FoodMeshService.ORDER) {
			builder.environment("FOODMESH_ORDER_USER_SERVICE_URL",
					"http://localhost:" + ports.get(FoodMeshService.USER)[0]);
			builder.environment("FOODMESH_ORDER_RESTAURANT_SERVICE_URL",
					"http://localhost:" + ports.get(FoodMeshService.RESTAURANT)[0]);
		}
		if (this.settings.otelAgent != null) {
			builder.environment(otelEnvironment(name));
		}
		builder.environment(this.settings.environment);
		builder.environment(this.settings.serviceEnvironment.getOrDefault(service, Map.of()));
		if (!this.settings.profiles.isEmpty()) {
			builder.argument("--spring.profiles.active=" + String.join(",", this.settings.profiles));
		}
		builder.arguments(this.settings.arguments.getOrDefault(service, List.of()));
		return builder.build();
	}

	private Map<String, String> otelEnvironment(String serviceName) {
		Map<String, String> otel = new LinkedHashMap<>();
		otel.put("OTEL_SERVICE_NAME", serviceName);
		Map<String, String> parent = this.settings.parentEnvironment;
		// OTEL_INSTRUMENTATION_* settings say nothing about where spans go
		boolean userExports = parent.keySet()
			.stream()
			.anyMatch((key) -> key.startsWith("OTEL_") && !key.equals("OTEL_SERVICE_NAME")
					&& !key.startsWith(INSTRUMENTATION_PREFIX));
		if (!userExports) {
			otel.put("OTEL_TRACES_EXPORTER", "none");
			otel.put("OTEL_METRICS_EXPORTER", "none");
			otel.put("OTEL_LOGS_EXPORTER", "none");
		}
		if (!this.settings.otelInstrumentations.isEmpty()
				&& !parent.containsKey(INSTRUMENTATION_PREFIX + "COMMON_DEFAULT_ENABLED")) {
			otel.put(INSTRUMENTATION_PREFIX + "COMMON_DEFAULT_ENABLED", "false");
			this.settings.otelInstrumentations.stream()
				.map((name) -> INSTRUMENTATION_PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_ENABLED")
				// a switch the user set wins: the stack's environment would override it
				.filter((variable) -> !parent.containsKey(variable))
				.forEach((variable) -> otel.put(variable, "true"));
		}
		return otel;
	}

}
