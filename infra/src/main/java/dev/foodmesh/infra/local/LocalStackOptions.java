package dev.foodmesh.infra.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The settings of {@code ./run-local.sh}: flags win over environment variables, which win
 * over the defaults.
 *
 * @param root the repository root
 * @param stateDirectory where data and logs live ({@code .local})
 * @param clean whether to delete the data of earlier runs first
 * @param postgresPort the Postgres port
 * @param kafkaPort the Kafka client port
 * @param kafkaControllerPort the KRaft controller port
 * @param portOffset added to every service port (8080 → 8080 + offset)
 * @param controlPort the port of the launcher's control channel on 127.0.0.1
 * ({@link StackControl})
 * @param partitions partitions per topic
 * @param durablePostgres whether Postgres flushes every commit to disk (fsync and
 * synchronous_commit on)
 * @param simulator the delivery simulator: on or off, its delays and its pass interval
 * @param otel whether to attach the OpenTelemetry agent
 * @param otelAllInstrumentations whether the agent runs all its instrumentations, not
 * only the ones FoodMesh uses
 * @param dbSpans whether the agent's R2DBC instrumentation adds a span per statement (off
 * by default: it costs about 12 % of the stack's CPU per order, docs/performance.md)
 * @param otelAgent the agent jar, or {@code null} to use the one the build copied
 * @param traces whether the launcher receives the services' traces itself
 * ({@code --traces})
 * @param jaeger a Jaeger v2 binary to start and export the traces to, or {@code null}
 * @param readyTimeout how long to wait for every service to be ready
 * @param jvmOptions JVM options for every service
 */
record LocalStackOptions(Path root, Path stateDirectory, boolean clean, int postgresPort, int kafkaPort,
		int kafkaControllerPort, int portOffset, int controlPort, int partitions, boolean durablePostgres,
		CourierSimulation simulator, boolean otel, boolean otelAllInstrumentations, boolean dbSpans,
		@Nullable Path otelAgent, boolean traces, @Nullable Path jaeger, Duration readyTimeout,
		List<String> jvmOptions) {

	/**
	 * Small heap and serial GC (five service JVMs share a laptop's cores), with the JVM's
	 * full tiered compilation: once warm, C2's code costs 2.3 times less CPU per order
	 * than C1's, for twice the start-up time (docs/performance.md).
	 */
	static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss512k", "-Xms32m", "-Xmx256m",
			"-XX:+ExitOnOutOfMemoryError");

	/**
	 * {@code --quick-start}: C1 only, for a stack that is up sooner and never asked for
	 * speed.
	 */
	static final List<String> QUICK_START_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k", "-Xms32m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

	/**
	 * The agent instrumentations FoodMesh's libraries need for one trace per order (HTTP
	 * in and out, Reactor context, Kafka records and their headers, trace ids in log MDC,
	 * the OTel API the messaging kit uses to carry {@code traceparent} through the
	 * outbox). Enabling only these halves the agent's start-up cost. Not
	 * {@code executors} (Reactor's instrumentation carries the context across its
	 * schedulers already) nor {@code spring-data} (a span per repository call): without
	 * both the stack takes about 4–6 % less CPU per order (docs/performance.md).
	 */
	static final List<String> OTEL_INSTRUMENTATIONS = List.of("netty", "reactor-netty", "spring-webflux", "reactor",
			"kafka", "reactor-kafka", "logback-mdc", "opentelemetry-api", "opentelemetry-instrumentation-annotations");

	/**
	 * {@code --db-spans}: a span per SQL statement, through an r2dbc-proxy around the
	 * driver.
	 */
	static final String DB_SPANS_INSTRUMENTATION = "r2dbc";

	/** Next to the management ports 9080-9084: the launcher's own. */
	static final int DEFAULT_CONTROL_PORT = 9079;

	/**
	 * {@code --traces}: the launcher's OTLP/HTTP receiver, on the port OTLP/HTTP uses by
	 * convention.
	 */
	static final int DEFAULT_TRACES_PORT = 4318;

	static final String USAGE = """
			Usage: ./run-local.sh [options]
			       ./run-local.sh trace <order-id> [--port-offset=N]   (while a stack with --traces runs)

			Starts Postgres 18, a Kafka broker and the five FoodMesh services (demo profile, OpenTelemetry agent,
			delivery simulator on) in the foreground. Ctrl-C stops everything.

			  --clean                    delete the data of earlier runs (.local/postgres, .local/kafka) first
			  --postgres-port=N          Postgres port (default 5432)        env FOODMESH_POSTGRES_PORT
			  --kafka-port=N             Kafka port (default 9092)           env FOODMESH_KAFKA_PORT
			  --kafka-controller-port=N  KRaft controller port (default 9093) env FOODMESH_KAFKA_CONTROLLER_PORT
			  --port-offset=N            shift the service ports 8080-8084 and 9080-9084 by N
			                                                                 env FOODMESH_PORT_OFFSET
			  --control-port=N           the launcher's control channel on 127.0.0.1, through which
			                             drills kill and restart parts of the stack (default 9079
			                             + the port offset; see infra/README.md) env FOODMESH_CONTROL_PORT
			  --durable-postgres         every commit waits for its WAL on disk (fsync and
			                             synchronous_commit on), as in production; by default
			                             commits do not wait (synchronous_commit off)
			  --pickup-delay=DURATION    delivery simulator: paid -> picked up (e.g. 5s)
			                                                                 env FOODMESH_SIMULATOR_PICKUP_DELAY
			  --delivery-delay=DURATION  delivery simulator: picked up -> delivered (e.g. 10s)
			                                                                 env FOODMESH_SIMULATOR_DELIVERY_DELAY
			  --pass-interval=DURATION   delivery simulator: how often it moves what is due (e.g. 1s)
			                                                                 env FOODMESH_SIMULATOR_PASS_INTERVAL
			  --no-simulator             couriers pick up and deliver only through the API
			  --no-otel                  start the services without the OpenTelemetry agent
			  --traces                   the launcher receives the services' traces itself (OTLP/HTTP
			                             on 127.0.0.1:4318 + the port offset) and keeps the last
			                             100,000 spans; then ./run-local.sh trace <order-id> prints
			                             that order's trace as a tree (docs/observability.md)
			  --jaeger=PATH              start the Jaeger v2 binary at PATH (downloaded from
			                             jaegertracing.io; OTLP on 4317/4318, UI on 16686) and
			                             export the traces to it; not with --traces
			  --otel-all-instrumentations  let the agent apply all its instrumentations (slower start); by
			                             default only those FoodMesh's libraries need (HTTP, Reactor,
			                             Kafka, logs MDC, OTel API) are on
			  --db-spans                 a span per SQL statement too (the agent's R2DBC
			                             instrumentation; about 12 %% more CPU per order)
			  --ready-timeout=SECONDS    how long to wait for the services (default 180)
			  --state-dir=PATH           where data and logs live (default .local) env FOODMESH_STATE_DIR
			  --quick-start              C1-only JIT: ready in about half the time, but each order then
			                             costs over twice the CPU (-XX:TieredStopAtLevel=1)
			  --jvm-opts="..."           JVM options of every service        env FOODMESH_SERVICE_JVM_OPTS
			                             (default %s)
			  --build                    (run-local.sh) rebuild the jars before starting
			  -h, --help                 this text

			OTEL_* variables reach every service's agent (OTEL_SERVICE_NAME is set per service); without any,
			nothing is exported.
			""".formatted(String.join(" ", DEFAULT_JVM_OPTIONS));

	static LocalStackOptions parse(List<String> args, Map<String, String> environment, Path root) {
		Function<String, @Nullable String> env = environment::get;
		boolean clean = false;
		boolean durablePostgres = false;
		boolean simulator = true;
		boolean otel = true;
		boolean allInstrumentations = false;
		boolean dbSpans = false;
		boolean quickStart = false;
		String postgresPort = orDefault(env.apply("FOODMESH_POSTGRES_PORT"), "5432");
		String kafkaPort = orDefault(env.apply("FOODMESH_KAFKA_PORT"), "9092");
		String controllerPort = orDefault(env.apply("FOODMESH_KAFKA_CONTROLLER_PORT"), "9093");
		String portOffset = orDefault(env.apply("FOODMESH_PORT_OFFSET"), "0");
		String controlPort = env.apply("FOODMESH_CONTROL_PORT");
		String stateDirectory = orDefault(env.apply("FOODMESH_STATE_DIR"), ".local");
		String pickupDelay = env.apply("FOODMESH_SIMULATOR_PICKUP_DELAY");
		String deliveryDelay = env.apply("FOODMESH_SIMULATOR_DELIVERY_DELAY");
		String passInterval = env.apply("FOODMESH_SIMULATOR_PASS_INTERVAL");
		String jvmOptions = env.apply("FOODMESH_SERVICE_JVM_OPTS");
		String readyTimeout = "180";
		String partitions = "3";
		String otelAgent = null;
		boolean traces = false;
		String jaeger = null;
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "--clean" -> clean = true;
				case "--durable-postgres" -> durablePostgres = true;
				case "--no-simulator" -> simulator = false;
				case "--no-otel" -> otel = false;
				case "--otel-all-instrumentations" -> allInstrumentations = true;
				case "--db-spans" -> dbSpans = true;
				case "--quick-start" -> quickStart = true;
				case "--postgres-port" -> postgresPort = required(name, value);
				case "--kafka-port" -> kafkaPort = required(name, value);
				case "--kafka-controller-port" -> controllerPort = required(name, value);
				case "--port-offset" -> portOffset = required(name, value);
				case "--control-port" -> controlPort = required(name, value);
				case "--state-dir" -> stateDirectory = required(name, value);
				case "--pickup-delay" -> pickupDelay = required(name, value);
				case "--delivery-delay" -> deliveryDelay = required(name, value);
				case "--pass-interval" -> passInterval = required(name, value);
				case "--jvm-opts" -> jvmOptions = required(name, value);
				case "--ready-timeout" -> readyTimeout = required(name, value);
				case "--partitions" -> partitions = required(name, value);
				case "--otel-agent" -> otelAgent = required(name, value);
				case "--traces" -> traces = true;
				case "--jaeger" -> jaeger = required(name, value);
				default -> throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		int offset = number("port offset", portOffset);
		TraceExport.checkCombination(traces, jaeger != null, otel);
		Path jaegerBinary = (jaeger != null) ? TraceExport.jaegerBinary(root.resolve(jaeger)) : null;
		return new LocalStackOptions(root, root.resolve(stateDirectory).normalize(), clean,
				port("Postgres port", postgresPort), port("Kafka port", kafkaPort),
				port("Kafka controller port", controllerPort), offset,
				port("control port", orDefault(controlPort, Integer.toString(DEFAULT_CONTROL_PORT + offset))),
				number("partitions", partitions), durablePostgres,
				new CourierSimulation(simulator, pickupDelay, deliveryDelay, passInterval), otel, allInstrumentations,
				dbSpans, (otelAgent != null) ? root.resolve(otelAgent) : null, traces, jaegerBinary,
				Duration.ofSeconds(number("ready timeout", readyTimeout)),
				(jvmOptions != null) ? new ArrayList<>(Arrays.asList(jvmOptions.trim().split("\\s+")))
						: quickStart ? QUICK_START_JVM_OPTIONS : DEFAULT_JVM_OPTIONS);
	}

	/**
	 * The agent instrumentations to enable; empty for all of them (the agent's own
	 * default).
	 */
	List<String> otelInstrumentations() {
		if (this.otelAllInstrumentations) {
			return List.of();
		}
		List<String> enabled = new ArrayList<>(OTEL_INSTRUMENTATIONS);
		if (this.dbSpans) {
			enabled.add(DB_SPANS_INSTRUMENTATION);
		}
		return List.copyOf(enabled);
	}

	/** Where the launcher receives OTLP with {@code --traces}: 4318 + the port offset. */
	int tracesPort() {
		return DEFAULT_TRACES_PORT + this.portOffset;
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private static String required(String option, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(option + " needs a value: " + option + "=...");
		}
		return value;
	}

	private static int port(String what, String value) {
		int port = number(what, value);
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(what + " must be between 1 and 65535, not " + value);
		}
		return port;
	}

	private static int number(String what, String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(what + " must be a number, not '" + value + "'");
		}
	}

}
