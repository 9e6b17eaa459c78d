package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running as its own JVM ({@code java [-javaagent:…] -jar <service>.jar}),
 * its output in a log file.
 * <p>
 * {@link #start()} launches it, {@link #awaitReady(Duration)} polls its readiness group
 * on the management port, {@link #stop()} sends SIGTERM (Spring Boot's graceful shutdown)
 * and SIGKILL after a grace period, {@link #kill()} simulates a crash, {@link #pause()}
 * and {@link #resume()} freeze and thaw it (SIGSTOP, SIGCONT), and {@link #restart()}
 * stops and starts it again with the same settings. The local stack, its control channel
 * and the end-to-end tests use it.
 */
public final class ServiceProcess implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

	/** How long a SIGTERM-ed service may take before it is killed (above Boot's). */
	public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final int apiPort;

	private final int managementPort;

	private final Path logFile;

	private final String readinessPath;

	private @Nullable Process process;

	private int starts;

	ServiceProcess(String name, List<String> command, Map<String, String> environment, int apiPort, int managementPort,
			Path logFile, String readinessPath) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.apiPort = apiPort;
		this.managementPort = managementPort;
		this.logFile = logFile;
		this.readinessPath = readinessPath;
	}

	/**
	 * A process that runs {@code java -jar jar}.
	 * @param name the service name, e.g. {@code order-service}
	 * @param jar the executable Spring Boot jar
	 */
	public static ServiceProcessBuilder builder(String name, Path jar) {
		return new ServiceProcessBuilder(name, jar);
	}

	public String name() {
		return this.name;
	}

	public int apiPort() {
		return this.apiPort;
	}

	public int managementPort() {
		return this.managementPort;
	}

	/** {@code http://localhost:<api port>}. */
	public URI apiUri() {
		return URI.create("http://localhost:" + this.apiPort);
	}

	/** {@code http://localhost:<management port>}. */
	public URI managementUri() {
		return URI.create("http://localhost:" + this.managementPort);
	}

	public Path logFile() {
		return this.logFile;
	}

	/** The variables set for the process on top of the inherited environment. */
	Map<String, String> environment() {
		return this.environment;
	}

	/** The full command line, for diagnostics. */
	public List<String> command() {
		return this.command;
	}

	/**
	 * Launches the JVM and returns at once. The first start truncates the log file; later
	 * starts append to it.
	 * @throws IllegalStateException if it is already running
	 */
	public synchronized ServiceProcess start() {
		if (isAlive()) {
			throw new IllegalStateException(this.name + " is already running (pid " + pid().orElse(-1) + ")");
		}
		ProcessBuilder builder = new ProcessBuilder(this.command);
		builder.environment().putAll(this.environment);
		builder.redirectErrorStream(true);
		try {
			Files.createDirectories(this.logFile.toAbsolutePath().getParent());
			builder.redirectOutput((this.starts == 0) ? ProcessBuilder.Redirect.to(this.logFile.toFile())
					: ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
			this.process = builder.start();
			this.starts++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.name + ": " + String.join(" ", this.command), ex);
		}
		logger.info("Started {} (pid {}), log {}", this.name, this.process.pid(), this.logFile);
		return this;
	}

	/**
	 * Waits until {@code GET <management>/actuator/health/readiness} answers 200.
	 * @throws ServiceStartException if the process exits first or the timeout passes
	 */
	public void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Process current = this.process;
			if (current == null || !current.isAlive()) {
				throw new ServiceStartException(this,
						this.name + " exited"
								+ ((current != null) ? " with code " + current.exitValue() : " (never started)")
								+ " before it was ready");
			}
			if (isReady()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new ServiceStartException(this,
						this.name + " was not ready within " + timeout.toSeconds() + " s (" + readinessUri() + ")");
			}
			try {
				// wait for the process to exit or for the next probe, whichever comes
				// first
				current.waitFor(250, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ServiceStartException(this, "Interrupted while waiting for " + this.name);
			}
		}
	}

	/** One readiness probe: {@code true} when the readiness group answers 200. */
	public boolean isReady() {
		return ReadinessProbe.isReady(readinessUri());
	}

	public URI readinessUri() {
		return managementUri().resolve(this.readinessPath);
	}

	public synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** The pid of the running (or last) process. */
	public synchronized OptionalLong pid() {
		return (this.process != null) ? OptionalLong.of(this.process.pid()) : OptionalLong.empty();
	}

	/** The exit code once the process has ended. */
	public synchronized Optional<Integer> exitCode() {
		Process current = this.process;
		return (current != null && !current.isAlive()) ? Optional.of(current.exitValue()) : Optional.empty();
	}

	/** Completes with the exit code when the current process ends. */
	public synchronized CompletableFuture<Integer> onExit() {
		Process current = this.process;
		if (current == null) {
			return CompletableFuture.failedFuture(new IllegalStateException(this.name + " was never started"));
		}
		return current.onExit().thenApply(Process::exitValue);
	}

	/** Stops with {@link #DEFAULT_STOP_GRACE}. */
	public void stop() {
		stop(DEFAULT_STOP_GRACE);
	}

	/**
	 * SIGTERM, then SIGKILL if the process has not exited within {@code grace}. Returns
	 * when it is gone. Does nothing when it is not running.
	 */
	public void stop(Duration grace) {
		Process current;
		synchronized (this) {
			current = this.process;
		}
		if (current == null || !current.isAlive()) {
			return;
		}
		ProcessSignals.terminate(current, grace, this.name);
	}

	/** SIGKILL now, as a crash would; returns when the process is gone. */
	public void kill() {
		Process current;
		synchronized (this) {
			current = this.process;
		}
		if (current == null) {
			return;
		}
		ProcessSignals.killTree(current);
		try {
			current.onExit().get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not kill " + this.name, ex);
		}
	}

	/**
	 * SIGSTOP: the JVM stops dead, with its sockets, locks and database sessions still
	 * open, as a process that hangs (a long GC pause, a frozen VM) would.
	 * {@link #resume()} lets it go on.
	 * @throws IllegalStateException if it is not running
	 */
	public void pause() {
		signal("STOP");
	}

	/** SIGCONT after {@link #pause()}. */
	public void resume() {
		signal("CONT");
	}

	private void signal(String signal) {
		long pid = alivePid();
		ProcessSignals.send(signal, pid, this.name);
		logger.info("Sent SIG{} to {} (pid {})", signal, this.name, pid);
	}

	private synchronized long alivePid() {
		if (this.process == null || !this.process.isAlive()) {
			throw new IllegalStateException(this.name + " is not running");
		}
		return this.process.pid();
	}

	/** Stops and starts it again; await its readiness afterwards. */
	public ServiceProcess restart() {
		stop();
		return start();
	}

	/** The last {@code lines} lines of the log file. */
	public List<String> logTail(int lines) {
		return LogTail.of(this.logFile, lines);
	}

	/** Same as {@link #stop()}. */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return this.name + " (api " + this.apiPort + ", management " + this.managementPort + ")";
	}

}
