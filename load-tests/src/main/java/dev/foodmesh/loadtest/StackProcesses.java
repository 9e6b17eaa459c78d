package dev.foodmesh.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the local stack's processes in its state directory, where {@code ./run-local.sh}
 * leaves them: {@code
 * pids/<service>.pid} ("pid jar") for each service, {@code launcher.lock} holding the
 * launcher's pid (the JVM that hosts the Kafka broker) and Postgres' own
 * {@code postgres/postmaster.pid}.
 */
public final class StackProcesses {

	/** The services in the report's column order; any other pid file follows. */
	private static final List<String> SERVICE_ORDER = List.of("order-service", "user-service", "restaurant-service",
			"payment-service", "delivery-service");

	private StackProcesses() {
	}

	/**
	 * The services, Postgres (as a tree) and the launcher with Kafka, as far as their
	 * files are there.
	 */
	public static List<WatchedProcess> find(Path stateDirectory) {
		List<WatchedProcess> found = new ArrayList<>(services(stateDirectory.resolve("pids")));
		firstLinePid(stateDirectory.resolve("postgres").resolve("postmaster.pid"))
			.ifPresent((pid) -> found.add(new WatchedProcess("postgres", pid, true)));
		firstLinePid(stateDirectory.resolve("launcher.lock"))
			.ifPresent((pid) -> found.add(new WatchedProcess("kafka+launcher", pid, false)));
		return found;
	}

	private static List<WatchedProcess> services(Path pids) {
		if (!Files.isDirectory(pids)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(pids)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".pid"))
				.sorted((a, b) -> Integer.compare(rank(a), rank(b)))
				.flatMap((file) -> firstLinePid(file).map((pid) -> new WatchedProcess(shortName(file), pid, false))
					.stream())
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static int rank(Path pidFile) {
		int rank = SERVICE_ORDER.indexOf(serviceName(pidFile));
		return (rank >= 0) ? rank : SERVICE_ORDER.size();
	}

	private static String serviceName(Path pidFile) {
		return pidFile.getFileName().toString().replace(".pid", "");
	}

	/** {@code order-service} → {@code order}: the report's columns are narrow. */
	private static String shortName(Path pidFile) {
		return serviceName(pidFile).replace("-service", "");
	}

	/** The number a file starts with: a pid file's first token. */
	static Optional<Long> firstLinePid(Path file) {
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8).trim();
			String first = content.split("\\s+", 2)[0];
			return Optional.of(Long.parseLong(first)).filter((pid) -> pid > 0);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
