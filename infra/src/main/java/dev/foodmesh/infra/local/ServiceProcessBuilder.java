package dev.foodmesh.infra.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Settings of a {@link ServiceProcess}.
 */
public final class ServiceProcessBuilder {

	private final String name;

	private final Path jar;

	private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");

	private final List<String> jvmOptions = new ArrayList<>();

	private final List<String> arguments = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private @Nullable Path javaAgent;

	private int apiPort;

	private int managementPort;

	private Path logFile;

	private String readinessPath = "/actuator/health/readiness";

	ServiceProcessBuilder(String name, Path jar) {
		this.name = name;
		this.jar = jar;
		this.logFile = Path.of(name + ".log");
	}

	/** The {@code java} to run; defaults to the one running this JVM. */
	public ServiceProcessBuilder javaExecutable(Path javaExecutable) {
		this.javaExecutable = javaExecutable;
		return this;
	}

	/** Adds JVM options (before {@code -jar}). */
	public ServiceProcessBuilder jvmOptions(List<String> options) {
		this.jvmOptions.addAll(options);
		return this;
	}

	/**
	 * Adds application arguments (after the jar), e.g.
	 * {@code --spring.profiles.active=demo}.
	 */
	public ServiceProcessBuilder arguments(List<String> arguments) {
		this.arguments.addAll(arguments);
		return this;
	}

	/** Adds an application argument. */
	public ServiceProcessBuilder argument(String argument) {
		this.arguments.add(argument);
		return this;
	}

	/**
	 * Sets an environment variable; the process otherwise inherits this JVM's
	 * environment.
	 */
	public ServiceProcessBuilder environment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	public ServiceProcessBuilder environment(Map<String, String> environment) {
		this.environment.putAll(environment);
		return this;
	}

	/** Attaches a Java agent, e.g. the OpenTelemetry agent. */
	public ServiceProcessBuilder javaAgent(@Nullable Path agentJar) {
		this.javaAgent = agentJar;
		return this;
	}

	/** The API port, passed as {@code SERVER_PORT}. */
	public ServiceProcessBuilder apiPort(int apiPort) {
		this.apiPort = apiPort;
		return this;
	}

	/**
	 * The management port, passed as {@code MANAGEMENT_SERVER_PORT} and polled for
	 * readiness.
	 */
	public ServiceProcessBuilder managementPort(int managementPort) {
		this.managementPort = managementPort;
		return this;
	}

	public ServiceProcessBuilder logFile(Path logFile) {
		this.logFile = logFile;
		return this;
	}

	public ServiceProcessBuilder readinessPath(String readinessPath) {
		this.readinessPath = readinessPath;
		return this;
	}

	public ServiceProcess build() {
		if (this.apiPort <= 0 || this.managementPort <= 0) {
			throw new IllegalStateException(this.name + ": API and management ports are required");
		}
		this.environment.put("SERVER_PORT", Integer.toString(this.apiPort));
		this.environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(this.managementPort));
		return new ServiceProcess(this.name, command(), this.environment, this.apiPort, this.managementPort,
				this.logFile, this.readinessPath);
	}

	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(this.javaExecutable.toString());
		if (this.javaAgent != null) {
			command.add("-javaagent:" + this.javaAgent.toAbsolutePath());
		}
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(this.jar.toAbsolutePath().toString());
		command.addAll(this.arguments);
		return command;
	}

}
