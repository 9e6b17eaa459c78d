package dev.foodmesh.infra.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.FreePorts;

/**
 * What the launcher checks before it starts anything, so that a stack that cannot come up
 * says why at once instead of failing half-started: the jars are built, the agent is
 * there, every port is free.
 */
final class Preflight {

	private final LocalStackOptions options;

	private final PrintStream out;

	Preflight(LocalStackOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	/** {@code true} when every service jar is built; otherwise says which are missing. */
	boolean jarsBuilt() {
		List<String> missing = ServiceFleet.missingJars(this.options.root());
		if (!missing.isEmpty()) {
			this.out.println("Not built yet: " + String.join(", ", missing)
					+ ". Build with: ./mvnw -B -q -DskipTests install (run-local.sh does this for you)");
		}
		return missing.isEmpty();
	}

	/**
	 * The OpenTelemetry agent to attach: {@code --otel-agent}, or the one the build
	 * copied.
	 */
	Path otelAgent() {
		if (this.options.otelAgent() != null) {
			return this.options.otelAgent();
		}
		Path copied = this.options.root().resolve("infra/target/otel/opentelemetry-javaagent.jar");
		if (Files.isRegularFile(copied)) {
			return copied;
		}
		throw new IllegalStateException("No OpenTelemetry agent at " + copied
				+ ": build infra (./mvnw -B -q -pl infra -DskipTests package) or pass --no-otel");
	}

	/**
	 * {@code true} when every port the stack listens on is free; otherwise names each
	 * taken one and its owner.
	 */
	boolean portsFree() {
		List<String> taken = new ArrayList<>();
		ports().forEach((what, port) -> {
			if (FreePorts.isTaken(port)) {
				taken.add("  port " + port + " (" + what + ") is in use"
						+ PortOwners.describe(port).map((owner) -> " by " + owner).orElse(" by another process"));
			}
		});
		if (taken.isEmpty()) {
			return true;
		}
		this.out.println("Cannot start FoodMesh: ports are already taken.");
		taken.forEach(this.out::println);
		this.out.println("Stop that process, or move FoodMesh: --postgres-port=N, --kafka-port=N, "
				+ "--kafka-controller-port=N, --port-offset=N (see ./run-local.sh --help).");
		return false;
	}

	private Map<String, Integer> ports() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("Postgres", this.options.postgresPort());
		ports.put("Kafka", this.options.kafkaPort());
		ports.put("Kafka controller", this.options.kafkaControllerPort());
		ports.put("launcher control channel", this.options.controlPort());
		if (this.options.traces()) {
			ports.put("launcher trace receiver (--traces)", this.options.tracesPort());
		}
		if (this.options.jaeger() != null) {
			ports.put("Jaeger OTLP gRPC", TraceExport.JAEGER_OTLP_GRPC_PORT);
			ports.put("Jaeger OTLP HTTP", TraceExport.JAEGER_OTLP_HTTP_PORT);
			ports.put("Jaeger UI", TraceExport.JAEGER_UI_PORT);
		}
		for (FoodMeshService service : FoodMeshService.values()) {
			ports.put(service.serviceName() + " API", service.apiPort() + this.options.portOffset());
			ports.put(service.serviceName() + " management", service.managementPort() + this.options.portOffset());
		}
		return ports;
	}

}
