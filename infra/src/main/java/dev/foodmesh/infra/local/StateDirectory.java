package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.foodmesh.infra.Postmasters;
import org.jspecify.annotations.Nullable;

/**
 * The launcher's state directory ({@code .local/} by default): a lock so that one stack
 * at a time runs on it, the data of Postgres, Kafka and the simulated PSP
 * ({@code --clean} deletes it), the logs, and {@code pids/}, through which a launcher
 * stops the services a killed one left running.
 */
final class StateDirectory {

	private static final String PSP_JOURNAL = "psp-journal";

	private final Path root;

	private final Path directory;

	private final PrintStream out;

	private @Nullable FileChannel lockChannel;

	StateDirectory(Path root, Path directory, PrintStream out) {
		this.root = root;
		this.directory = directory;
		this.out = out;
	}

	Path path() {
		return this.directory;
	}

	Path resolve(String name) {
		return this.directory.resolve(name);
	}

	Path logs() {
		return this.directory.resolve("logs");
	}

	/**
	 * Where payment-service's simulated PSP keeps its idempotency keys, data like the
	 * databases'.
	 */
	Path pspJournal() {
		return this.directory.resolve(PSP_JOURNAL);
	}

	/**
	 * {@code path} relative to the repository root when it lies inside it, for shorter
	 * console lines.
	 */
	String relative(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(this.root) ? this.root.relativize(absolute).toString() : absolute.toString();
	}

	/**
	 * Takes the directory for this launcher; {@code false} (after saying so) when another
	 * one holds it.
	 */
	boolean lock() throws IOException {
		Path lockFile = this.directory.resolve("launcher.lock");
		FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// held by another stack in this very JVM (tests)
			lock = null;
		}
		if (lock == null) {
			String holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
			channel.close();
			this.out.println("Another ./run-local.sh is already running on " + relative(this.directory)
					+ (holder.isEmpty() ? "" : " (pid " + holder + ")")
					+ ". Stop it first (Ctrl-C in its terminal), or use --state-dir and other ports for a second one.");
			return false;
		}
		channel.truncate(0);
		channel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
		this.lockChannel = channel;
		return true;
	}

	void release() {
		try {
			if (this.lockChannel != null) {
				this.lockChannel.close();
			}
		}
		catch (IOException ex) {
			// the lock goes with the process anyway
		}
	}

	/**
	 * A launcher killed with SIGKILL cannot stop its services. Their pids are in
	 * {@code pids/}: stop those that still run the same jar.
	 */
	void stopLeftovers() throws IOException {
		// logs a warning naming the pid when there was one
		Postmasters.stopLeftover(this.directory.resolve("postgres"));
		Path pids = this.directory.resolve("pids");
		if (!Files.isDirectory(pids)) {
			return;
		}
		try (Stream<Path> files = Files.list(pids)) {
			for (Path file : files.toList()) {
				stopLeftover(file);
				Files.deleteIfExists(file);
			}
		}
	}

	private void stopLeftover(Path pidFile) throws IOException {
		String[] content = Files.readString(pidFile, StandardCharsets.UTF_8).trim().split("\\s+", 2);
		Optional<ProcessHandle> process = parsePid(content[0]).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((handle) -> content.length > 1
					&& handle.info().commandLine().map((line) -> line.contains(content[1])).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		this.out.println("Stopping " + pidFile.getFileName().toString().replace(".pid", "") + " (pid "
				+ process.get().pid() + ") left running by an earlier run");
		process.get().destroy();
		try {
			process.get().onExit().get(ServiceProcess.DEFAULT_STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.get().destroyForcibly();
		}
	}

	/** Deletes the data of earlier runs ({@code --clean}). */
	void clean() throws IOException {
		for (String data : List.of("postgres", "kafka", PSP_JOURNAL)) {
			deleteRecursively(this.directory.resolve(data));
		}
		this.out.println("--clean: deleted the data of earlier runs in " + relative(this.directory));
	}

	/**
	 * One file per service: its pid and the jar it runs, so that a pid reused by another
	 * program is left alone.
	 */
	void writePidFiles(ServiceFleet services) {
		try {
			Path pids = Files.createDirectories(this.directory.resolve("pids"));
			for (ServiceProcess service : services.services()) {
				String jar = service.command().get(service.command().indexOf("-jar") + 1);
				Files.writeString(pids.resolve(service.name() + ".pid"), service.pid().orElse(-1) + " " + jar);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void deletePidFiles() {
		try {
			deleteRecursively(this.directory.resolve("pids"));
		}
		catch (IOException ex) {
			// stale pid files are checked against the command line before use
		}
	}

	private static Optional<Long> parsePid(String value) {
		try {
			return Optional.of(Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
