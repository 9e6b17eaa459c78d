package dev.foodmesh.e2e.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.infra.local.ServiceFleet;
import dev.foodmesh.infra.local.ServiceProcess;
import dev.foodmesh.infra.local.ServiceStartException;

/**
 * The system under test, once per test JVM: one Postgres, one Kafka broker and the five
 * services, each its own JVM started from its Boot jar by infra's launcher, on free
 * ports, with the demo data and short saga timings. Journeys share it; only the outage
 * journeys stop, kill and start services, and they leave every service running.
 */
public final class Fleet implements Endpoints, AutoCloseable {

	/**
	 * {@code foodmesh.order.payment-timeout}: an unpaid order is cancelled after this.
	 */
	public static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * {@code foodmesh.delivery.courier-wait}: how long delivery-service looks for a free
	 * courier.
	 */
	public static final Duration COURIER_WAIT = Duration.ofSeconds(5);

	/** Delays of the delivery simulator: assignment → pickup, and pickup → delivery. */
	public static final Duration SIMULATOR_DELAY = Duration.ofSeconds(1);

	/**
	 * Five Boot services starting at once on two shared cores: about a minute on a quiet
	 * machine, several on a busy one ({@code -De2e.readyTimeoutSeconds} changes it).
	 */
	static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("e2e.readyTimeoutSeconds", 600));

	static final Duration RESTART_TIMEOUT = READY_TIMEOUT;

	private static final Logger logger = LoggerFactory.getLogger(Fleet.class);

	private final ServiceFleet services;

	private final FoodMesh api;

	private final KafkaProbe kafka;

	private final OtlpReceiver traces;

	private Fleet(ServiceFleet services, OtlpReceiver traces) {
		this.services = services;
		this.api = new FoodMesh(this);
		this.kafka = new KafkaProbe(TestInfrastructure.bootstrapServers());
		this.traces = traces;
	}

	/** Starts infrastructure and services, and waits until every service is ready. */
	static Fleet start() {
		Map<FoodMeshService, Path> jars = jars();
		long started = System.nanoTime();
		OtlpReceiver traces = OtlpReceiver.start();
		ServiceFleet services = withTracing(configure(jars), traces).build();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> services.stop(Duration.ofSeconds(5)), "e2e-fleet-stop"));
		try {
			services.start()
				.awaitReady(READY_TIMEOUT,
						(service) -> logger.info("{} ready after {} s", service.name(), secondsSince(started)));
		}
		catch (ServiceStartException ex) {
			services.services()
				.forEach((service) -> logger.error("Last lines of {}:\n{}", service.logFile(),
						String.join("\n", service.logTail(40))));
			services.close();
			traces.close();
			throw ex;
		}
		awaitConsumers(FoodMeshService.values());
		logger.info("Fleet ready in {} s: {}", secondsSince(started), services.ports());
		return new Fleet(services, traces);
	}

	/**
	 * The hook of the trace journeys: every service runs with the OpenTelemetry agent
	 * ({@code e2e.otel.agent}), exporting its spans to the receiver in this JVM.
	 */
	private static ServiceFleet.Builder withTracing(ServiceFleet.Builder builder, OtlpReceiver traces) {
		Path agent = Path.of(System.getProperty("e2e.otel.agent", "target/otel/opentelemetry-javaagent.jar"));
		if (!Files.isRegularFile(agent)) {
			logger.warn("No OpenTelemetry agent at {}: the services run without it and export no spans", agent);
			return builder;
		}
		builder.otelAgent(agent);
		traces.agentEnvironment().forEach(builder::environment);
		return builder;
	}

	private static ServiceFleet.Builder configure(Map<FoodMeshService, Path> jars) {
		ServiceFleet.Builder builder = ServiceFleet.builder(Path.of("..").toAbsolutePath().normalize())
			.postgres(TestInfrastructure.postgres())
			.kafka(TestInfrastructure.kafka())
			.freePorts()
			.logDirectory(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")))
			// unpacked jars start with less CPU than Boot's nested jars; the agent keeps
			// all its instrumentations, so the traces seen here are the ones users get
			.extractJarsTo(Path.of("target/e2e-app"))
			.profiles("demo")
			// small heaps and a quick-starting JIT: five JVMs share two cores with the
			// broker and the database
			.jvmOptions(List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
			// a killed consumer's partitions go to its successor after 6 s (the broker's
			// minimum), not 45 s
			.environment("SPRING_KAFKA_CONSUMER_PROPERTIES_SESSION_TIMEOUT_MS", "6000")
			.environment("SPRING_KAFKA_CONSUMER_PROPERTIES_HEARTBEAT_INTERVAL_MS", "1000")
			// the journeys test outcomes, not latency: a lookup on a cold JVM of a busy
			// shared machine may take seconds
			.environment(FoodMeshService.ORDER, "FOODMESH_ORDER_LOOKUPS_CONNECTTIMEOUT", "5s")
			.environment(FoodMeshService.ORDER, "FOODMESH_ORDER_LOOKUPS_RESPONSETIMEOUT", "10s")
			.environment(FoodMeshService.ORDER, "FOODMESH_ORDER_LOOKUPS_PENDINGACQUIRETIMEOUT", "5s")
			.environment(FoodMeshService.ORDER, "FOODMESH_ORDER_PAYMENT_TIMEOUT", seconds(PAYMENT_TIMEOUT))
			.environment(FoodMeshService.ORDER, "FOODMESH_ORDER_PAYMENTTIMEOUTSCAN_INTERVAL", "1s")
			.environment(FoodMeshService.DELIVERY, "FOODMESH_DELIVERY_COURIER_WAIT", seconds(COURIER_WAIT))
			.environment(FoodMeshService.DELIVERY, "FOODMESH_DELIVERY_SIMULATOR_ENABLED", "true")
			.environment(FoodMeshService.DELIVERY, "FOODMESH_DELIVERY_SIMULATOR_PICKUP_DELAY", seconds(SIMULATOR_DELAY))
			.environment(FoodMeshService.DELIVERY, "FOODMESH_DELIVERY_SIMULATOR_DELIVERY_DELAY",
					seconds(SIMULATOR_DELAY));
		jars.forEach(builder::jar);
		return builder;
	}

	/** The Boot jar of each service, from the system properties the pom sets. */
	private static Map<FoodMeshService, Path> jars() {
		Map<FoodMeshService, Path> jars = new EnumMap<>(FoodMeshService.class);
		List<String> missing = new ArrayList<>();
		for (FoodMeshService service : FoodMeshService.values()) {
			String property = "e2e.jar." + service.serviceName();
			String location = System.getProperty(property);
			if (location == null || !Files.isRegularFile(Path.of(location))) {
				missing.add(service.serviceName() + " (" + property + "=" + location + ")");
			}
			else {
				jars.put(service, Path.of(location));
			}
		}
		if (!missing.isEmpty()) {
			throw new MissingJarsException("The e2e suite runs the services' Boot jars, and these are missing: "
					+ missing + ". Build them first: ./mvnw -B -q -DskipTests package, or run ./mvnw verify.");
		}
		return jars;
	}

	public FoodMesh api() {
		return this.api;
	}

	public KafkaProbe kafka() {
		return this.kafka;
	}

	/** The spans the services exported so far. */
	public OtlpReceiver traces() {
		return this.traces;
	}

	@Override
	public URI api(FoodMeshService service) {
		return this.services.service(service).apiUri();
	}

	@Override
	public URI management(FoodMeshService service) {
		return this.services.service(service).managementUri();
	}

	/**
	 * SIGTERM: a graceful stop (Boot finishes in-flight work). Returns when the process
	 * is gone.
	 */
	public void stop(FoodMeshService service) {
		logger.info("Stopping {}", service.serviceName());
		this.services.service(service).stop();
	}

	/** SIGKILL: a crash, nothing is flushed. Returns when the process is gone. */
	public void kill(FoodMeshService service) {
		logger.info("Killing {} (SIGKILL)", service.serviceName());
		this.services.service(service).kill();
	}

	/**
	 * Starts a stopped service again on its ports and waits until it is ready; does
	 * nothing if it runs.
	 */
	public void start(FoodMeshService service) {
		ServiceProcess process = this.services.service(service);
		if (process.isAlive()) {
			return;
		}
		long started = System.nanoTime();
		process.start().awaitReady(RESTART_TIMEOUT);
		awaitConsumers(service);
		logger.info("{} ready again after {} s", service.serviceName(), secondsSince(started));
	}

	/**
	 * Readiness does not say that a service's Kafka consumer has its partitions; the
	 * saga's timers (payment timeout, courier wait) start when an order is placed, so the
	 * journeys begin only once every consumer is assigned.
	 */
	private static void awaitConsumers(FoodMeshService... services) {
		List<String> groups = java.util.Arrays.stream(services)
			.map(FoodMeshService::serviceName)
			.filter((group) -> KafkaProbe.CONSUMER_GROUPS.values().stream().anyMatch((g) -> g.contains(group)))
			.toList();
		try (KafkaProbe probe = new KafkaProbe(TestInfrastructure.bootstrapServers())) {
			probe.awaitConsumersAssigned(groups, RESTART_TIMEOUT);
		}
	}

	public boolean isRunning(FoodMeshService service) {
		return this.services.service(service).isAlive();
	}

	@Override
	public void close() {
		this.kafka.close();
		this.services.close();
		this.traces.close();
	}

	private static String seconds(Duration duration) {
		return duration.toSeconds() + "s";
	}

	private static long secondsSince(long nanos) {
		return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
	}

	/**
	 * A service jar is not there: the reactor did not build the services before this
	 * module.
	 */
	static final class MissingJarsException extends IllegalStateException {

		MissingJarsException(String message) {
			super(message);
		}

	}

}
