package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals to child processes beyond what {@link Process} offers:
 * {@code kill -STOP}/{@code -CONT} (the JDK has no API for them), and SIGKILL to a
 * process together with its descendants.
 */
final class ProcessSignals {

	private static final Logger logger = LoggerFactory.getLogger(ProcessSignals.class);

	private ProcessSignals() {
	}

	/**
	 * {@code kill -<signal> <pid>}, e.g. {@code STOP}; {@code what} names the process in
	 * errors.
	 */
	static void send(String signal, long pid, String what) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
				.start();
			if (kill.waitFor() != 0) {
				throw new IllegalStateException("kill -" + signal + " " + pid + " failed: "
						+ new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not send SIG" + signal + " to " + what, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending SIG" + signal + " to " + what, ex);
		}
	}

	/**
	 * SIGTERM, then SIGKILL to the tree if it has not exited within {@code grace};
	 * returns when it is gone.
	 */
	static void terminate(Process process, Duration grace, String what) {
		long started = System.nanoTime();
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("{} did not stop within {} s after SIGTERM; killing it", what, grace.toSeconds());
				killTree(process);
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			killTree(process);
			Thread.currentThread().interrupt();
		}
		logger.info("Stopped {} in {} ms (exit {})", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
				process.isAlive() ? "?" : process.exitValue());
	}

	/**
	 * SIGKILL to the process and everything it started, so that no grandchild keeps a
	 * port.
	 */
	static void killTree(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

}
