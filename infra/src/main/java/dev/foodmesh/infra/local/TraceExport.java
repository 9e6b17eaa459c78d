package dev.foodmesh.infra.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the services' agents send their traces with {@code --traces} (the launcher
 * itself) or {@code --jaeger} (a Jaeger v2 all-in-one the user downloaded), and the rules
 * for choosing: one of the two, and never without the agent.
 */
final class TraceExport {

	/** Jaeger v2 all-in-one's default configuration: OTLP gRPC, OTLP HTTP, UI. */
	static final int JAEGER_OTLP_GRPC_PORT = 4317;

	static final int JAEGER_OTLP_HTTP_PORT = 4318;

	static final int JAEGER_UI_PORT = 16686;

	private TraceExport() {
	}

	/** Refuses {@code --traces} with {@code --jaeger}, and either without the agent. */
	static void checkCombination(boolean traces, boolean jaeger, boolean otel) {
		if (traces && jaeger) {
			throw new IllegalArgumentException("--traces and --jaeger exclude each other: --traces keeps the traces "
					+ "in the launcher, --jaeger sends them to Jaeger. Pick one.");
		}
		if ((traces || jaeger) && !otel) {
			throw new IllegalArgumentException((traces ? "--traces" : "--jaeger") + " needs the OpenTelemetry agent, "
					+ "which --no-otel leaves out: drop --no-otel.");
		}
	}

	/** The Jaeger binary the user named, if it is one this launcher can run. */
	static Path jaegerBinary(Path path) {
		if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
			throw new IllegalArgumentException("--jaeger=" + path + ": "
					+ (Files.exists(path) ? "not an executable file (chmod +x it?)" : "no such file")
					+ ". Download Jaeger v2 for your OS and architecture from https://www.jaegertracing.io/download/"
					+ " (the archive holds one binary, jaeger) and pass its path.");
		}
		return path;
	}

	/** Jaeger's OTLP/HTTP trace endpoint on this machine. */
	static String jaegerEndpoint() {
		return "http://127.0.0.1:" + JAEGER_OTLP_HTTP_PORT + "/v1/traces";
	}

	/**
	 * The agent settings that export every span to {@code tracesEndpoint} (OTLP/HTTP,
	 * protobuf), in batches every half second so that a trace is complete soon after the
	 * order; metrics stay on the Prometheus endpoint and logs in the files.
	 */
	static Map<String, String> agentEnvironment(String tracesEndpoint) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("OTEL_TRACES_EXPORTER", "otlp");
		environment.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
		environment.put("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", tracesEndpoint);
		environment.put("OTEL_BSP_SCHEDULE_DELAY", "500");
		environment.put("OTEL_METRICS_EXPORTER", "none");
		environment.put("OTEL_LOGS_EXPORTER", "none");
		return environment;
	}

}
