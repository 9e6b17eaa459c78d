package dev.foodmesh.infra.local;

import java.util.ArrayList;
import java.util.List;

/**
 * JVM options that let the JIT compile the code every order runs after a tenth of the
 * usual invocations. At a few dozen orders a second a method called once per order needs
 * minutes to reach C2's thresholds, and until then it runs as slow profiled C1 code: with
 * these the stack placed about a fifth more orders per second between 2.5 and 7.5 minutes
 * after start (docs/performance.md). Spring's start-up code keeps the usual thresholds,
 * so the stack does not start slower.
 */
final class HotPathCompilation {

	/** The factor on the JIT's invocation and loop thresholds for these packages. */
	static final String SCALE = "0.1";

	/**
	 * What a request and an event run through: the web and R2DBC stacks, Kafka's client,
	 * JSON, the agent's instrumentation, metrics, logging and FoodMesh itself.
	 */
	static final List<String> PACKAGES = List.of("reactor", "io.netty", "io.r2dbc", "org.apache.kafka", "tools.jackson",
			"com.fasterxml.jackson", "dev.foodmesh", "org.springframework.r2dbc", "org.springframework.web",
			"org.springframework.http", "org.springframework.security", "org.springframework.transaction",
			"io.opentelemetry.javaagent.instrumentation", "io.opentelemetry.javaagent.bootstrap",
			"io.opentelemetry.javaagent.shaded.io", "io.opentelemetry.context", "io.opentelemetry.api",
			"io.opentelemetry.sdk", "io.opentelemetry.instrumentation", "io.micrometer", "ch.qos.logback", "org.slf4j",
			"com.nimbusds");

	private HotPathCompilation() {
	}

	/**
	 * {@code quiet} first: without it the JVM prints every compile command on standard
	 * output, where the services write only JSON log lines.
	 */
	static List<String> jvmOptions() {
		List<String> options = new ArrayList<>();
		options.add("-XX:CompileCommand=quiet");
		for (String prefix : PACKAGES) {
			options.add("-XX:CompileCommand=CompileThresholdScaling," + prefix + ".*::*," + SCALE);
		}
		return List.copyOf(options);
	}

}
