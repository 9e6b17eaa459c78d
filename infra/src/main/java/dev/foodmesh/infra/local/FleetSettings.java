package dev.foodmesh.infra.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.foodmesh.infra.DatabaseServer;
import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.KafkaBroker;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a {@link ServiceFleet}, set through {@link ServiceFleet.Builder} (this
 * class keeps them out of the fleet's own file). Required: where Postgres and Kafka are.
 *
 * @param <B> the builder type its setters return
 */
abstract class FleetSettings<B extends FleetSettings<B>> {

	final Path repositoryRoot;

	final Set<FoodMeshService> selected = new LinkedHashSet<>(List.of(FoodMeshService.values()));

	final Map<FoodMeshService, Path> jars = new EnumMap<>(FoodMeshService.class);

	final Map<FoodMeshService, List<String>> arguments = new EnumMap<>(FoodMeshService.class);

	final Map<FoodMeshService, Map<String, String>> serviceEnvironment = new EnumMap<>(FoodMeshService.class);

	final Map<String, String> environment = new LinkedHashMap<>();

	final List<String> jvmOptions = new ArrayList<>();

	final List<String> profiles = new ArrayList<>();

	Map<String, String> parentEnvironment = System.getenv();

	@Nullable String postgresHost;

	int postgresPort;

	@Nullable String bootstrapServers;

	int portOffset;

	boolean freePorts;

	Path logDirectory;

	@Nullable Path otelAgent;

	@Nullable Path javaExecutable;

	final List<String> otelInstrumentations = new ArrayList<>();

	@Nullable Path extractDirectory;

	FleetSettings(Path repositoryRoot) {
		this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
		this.logDirectory = this.repositoryRoot.resolve(".local").resolve("logs");
	}

	/** Uses this server and creates the five service databases in it (idempotent). */
	public B postgres(DatabaseServer postgres) {
		postgres.createServiceDatabases();
		return postgres(postgres.host(), postgres.port());
	}

	/**
	 * A Postgres server whose service databases exist (role = password = database name).
	 */
	public B postgres(String host, int port) {
		this.postgresHost = host;
		this.postgresPort = port;
		return self();
	}

	public B kafka(KafkaBroker kafka) {
		return kafka(kafka.bootstrapServers());
	}

	public B kafka(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
		return self();
	}

	/** Runs only these services (default: all five). */
	public B only(Collection<FoodMeshService> services) {
		this.selected.clear();
		this.selected.addAll(services);
		return self();
	}

	/**
	 * Shifts every port of {@code docs/conventions.md} by {@code offset} (8080 → 8080 +
	 * offset, …).
	 */
	public B portOffset(int offset) {
		this.portOffset = offset;
		this.freePorts = false;
		return self();
	}

	/**
	 * Picks free ports instead of 8080–8084 / 9080–9084 (tests that must not clash with a
	 * local stack).
	 */
	public B freePorts() {
		this.freePorts = true;
		return self();
	}

	/** Where {@code <service>.log} files go (default {@code <root>/.local/logs}). */
	public B logDirectory(Path logDirectory) {
		this.logDirectory = logDirectory;
		return self();
	}

	/** Spring profiles for every service, e.g. {@code demo}. */
	public B profiles(String... profiles) {
		this.profiles.addAll(List.of(profiles));
		return self();
	}

	/** JVM options for every service. */
	public B jvmOptions(List<String> options) {
		this.jvmOptions.addAll(options);
		return self();
	}

	/**
	 * An environment variable for every service (they also inherit this JVM's
	 * environment).
	 */
	public B environment(String name, String value) {
		this.environment.put(name, value);
		return self();
	}

	/** An environment variable for one service. */
	public B environment(FoodMeshService service, String name, String value) {
		this.serviceEnvironment.computeIfAbsent(service, (key) -> new LinkedHashMap<>()).put(name, value);
		return self();
	}

	/**
	 * An application argument for one service, e.g.
	 * {@code --foodmesh.delivery.simulator.pickup-delay=2s}.
	 */
	public B argument(FoodMeshService service, String argument) {
		this.arguments.computeIfAbsent(service, (key) -> new ArrayList<>()).add(argument);
		return self();
	}

	/** Uses this jar instead of {@code <service>/target/<service>-*.jar}. */
	public B jar(FoodMeshService service, Path jar) {
		this.jars.put(service, jar);
		return self();
	}

	/**
	 * Attaches the OpenTelemetry Java agent to every service, with
	 * {@code OTEL_SERVICE_NAME} set per service. Unless this JVM's environment has
	 * {@code OTEL_*} settings other than instrumentation settings
	 * ({@code OTEL_INSTRUMENTATION_*}), all exporters are off, so nothing is exported and
	 * nothing complains about a missing collector.
	 */
	public B otelAgent(@Nullable Path agentJar) {
		this.otelAgent = agentJar;
		return self();
	}

	/**
	 * Enables only these agent instrumentations (e.g. {@code netty}, {@code r2dbc},
	 * {@code kafka}) instead of all of them, which halves the agent's start-up cost.
	 * Ignored when this JVM's environment sets
	 * {@code OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED}; a name whose
	 * {@code OTEL_INSTRUMENTATION_<NAME>_ENABLED} that environment sets is left to it.
	 */
	public B otelInstrumentations(List<String> names) {
		this.otelInstrumentations.addAll(names);
		return self();
	}

	/**
	 * Runs each service from its Boot jar unpacked into {@code directory/<service>}
	 * (re-extracted only when the jar changes): about a fifth less start-up CPU than
	 * running the Boot jar itself.
	 */
	public B extractJarsTo(Path directory) {
		this.extractDirectory = directory;
		return self();
	}

	/** The {@code java} to run the services with (default: this JVM's). */
	public B javaExecutable(Path javaExecutable) {
		this.javaExecutable = javaExecutable;
		return self();
	}

	/** The environment the services inherit, to decide on OTel defaults (tests). */
	B parentEnvironment(Map<String, String> environment) {
		this.parentEnvironment = environment;
		return self();
	}

	abstract B self();

}
