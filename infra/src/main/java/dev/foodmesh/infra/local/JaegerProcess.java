package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.foodmesh.infra.FreePorts;

/**
 * A Jaeger v2 binary the user downloaded ({@code --jaeger=PATH}), run as a child process
 * with its built-in all-in-one configuration (in-memory storage, OTLP on 4317 and 4318,
 * the UI on 16686) and its output in {@code logs/jaeger.log}; stopped with the stack.
 */
final class JaegerProcess implements Closeable {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	private final Process process;

	private JaegerProcess(Process process) {
		this.process = process;
	}

	/** Without {@code --config}, Jaeger v2 runs its all-in-one configuration. */
	static List<String> command(Path binary) {
		return List.of(binary.toAbsolutePath().toString());
	}

	/**
	 * Starts Jaeger and returns once it accepts OTLP/HTTP; fails naming the log if it
	 * exits or takes too long.
	 */
	static JaegerProcess start(Path binary, Path logFile) {
		try {
			Files.createDirectories(logFile.toAbsolutePath().getParent());
			Process process = new ProcessBuilder(command(binary)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
				.start();
			JaegerProcess jaeger = new JaegerProcess(process);
			jaeger.awaitOtlp(logFile);
			return jaeger;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Jaeger (" + binary + ")", ex);
		}
	}

	private void awaitOtlp(Path logFile) {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (!FreePorts.isTaken(TraceExport.JAEGER_OTLP_HTTP_PORT)) {
			if (!this.process.isAlive() || System.nanoTime() > deadline) {
				close();
				throw new IllegalStateException("Jaeger "
						+ (this.process.isAlive()
								? "did not open port " + TraceExport.JAEGER_OTLP_HTTP_PORT + " within "
										+ STARTUP_TIMEOUT.toSeconds() + " s"
								: "exited with code " + this.process.exitValue())
						+ "; its output: " + logFile + " " + LogTail.of(logFile, 5));
			}
			try {
				this.process.waitFor(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for Jaeger", ex);
			}
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			ProcessSignals.terminate(this.process, Duration.ofSeconds(10), "jaeger");
		}
	}

}
