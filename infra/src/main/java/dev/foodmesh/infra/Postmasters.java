package dev.foodmesh.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Postgres server process that serves a data directory, found through its
 * {@code postmaster.pid}: to stop one a killed JVM left behind, and to clean up after a
 * postmaster that was killed on purpose.
 */
public final class Postmasters {

	private static final Logger logger = LoggerFactory.getLogger(Postmasters.class);

	private Postmasters() {
	}

	/**
	 * A JVM that was killed (SIGKILL) cannot stop its Postgres. Its postmaster keeps the
	 * data directory locked and its port taken; this stops the Postgres that still serves
	 * {@code dataDirectory}, if any ("fast" shutdown).
	 * @return the pid of the server that was stopped
	 */
	public static OptionalLong stopLeftover(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> process = running(dataDirectory);
		if (process.isEmpty()) {
			return OptionalLong.empty();
		}
		long pid = process.get().pid();
		logger.warn("Stopping Postgres (pid {}) left running on {} by an earlier run", pid, dataDirectory);
		try {
			// SIGINT is Postgres' "fast" shutdown: roll back sessions, checkpoint, exit
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (isRunning(process.get()) && System.nanoTime() < deadline) {
				TimeUnit.MILLISECONDS.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (isRunning(process.get())) {
			process.get().destroyForcibly();
		}
		return OptionalLong.of(pid);
	}

	/**
	 * The postmaster named in the data directory's {@code postmaster.pid}, if it still
	 * runs Postgres.
	 */
	static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		return Files.readAllLines(pidFile, StandardCharsets.UTF_8)
			.stream()
			.findFirst()
			.flatMap(Postmasters::parsePid)
			.flatMap(ProcessHandle::of)
			.filter(Postmasters::isRunning)
			.filter((handle) -> handle.info().command().map((c) -> c.contains("postgres")).orElse(false));
	}

	/**
	 * A killed postmaster leaves {@code postmaster.pid} and the socket's
	 * {@code .s.PGSQL.<port>.lock} behind. Postgres ignores them when the pid in them is
	 * dead, but a postmaster not yet reaped by its parent (it was re-parented to pid 1,
	 * which in a container may never reap it) is a zombie that looks alive to
	 * {@code kill(pid, 0)}: the next start would refuse to run. All its processes are
	 * gone, so the files are stale.
	 */
	static void deleteLockFiles(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			// postmaster.pid: pid, data directory, start time, port, socket directory,
			// ...
			if (lines.size() > 4 && !lines.get(4).isBlank()) {
				Files.deleteIfExists(Path.of(lines.get(4).trim(), ".s.PGSQL." + lines.get(3).trim() + ".lock"));
			}
			Files.deleteIfExists(pidFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the lock files of the killed Postgres", ex);
		}
	}

	/** Alive and not a zombie (an exited postmaster waits for pid 1 to reap it). */
	static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
		}
		catch (IOException | RuntimeException ex) {
			// no /proc (macOS): trust isAlive
			return process.isAlive();
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
