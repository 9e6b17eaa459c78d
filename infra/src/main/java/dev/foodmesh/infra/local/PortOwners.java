package dev.foodmesh.infra.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Names the process listening on a TCP port, for a "port taken" message: from
 * {@code /proc} on Linux, otherwise from {@code lsof} when it is installed. Best effort:
 * without permission to see the other process, it says so.
 */
final class PortOwners {

	private static final String LISTEN = "0A";

	private PortOwners() {
	}

	/**
	 * E.g.
	 * {@code pid 4242: java -jar order-service/target/order-service-0.1.0-SNAPSHOT.jar}.
	 */
	static Optional<String> describe(int port) {
		if (Files.isDirectory(Path.of("/proc/net"))) {
			Optional<String> owner = fromProc(port);
			if (owner.isPresent()) {
				return owner;
			}
		}
		return fromLsof(port);
	}

	private static Optional<String> fromProc(int port) {
		Set<String> inodes = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			inodes.addAll(listeningInodes(Path.of(table), port));
		}
		if (inodes.isEmpty()) {
			return Optional.empty();
		}
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return processes.filter((dir) -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((dir) -> holdsSocket(dir, inodes))
				.findFirst()
				.map((dir) -> "pid " + dir.getFileName() + ": " + commandLine(dir));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static Set<String> listeningInodes(Path table, int port) {
		Set<String> inodes = new HashSet<>();
		String portHex = String.format(Locale.ROOT, ":%04X", port);
		try {
			for (String line : Files.readAllLines(table, StandardCharsets.US_ASCII)) {
				String[] fields = line.trim().split("\\s+");
				if (fields.length > 9 && fields[1].endsWith(portHex) && LISTEN.equals(fields[3])) {
					inodes.add(fields[9]);
				}
			}
		}
		catch (IOException ex) {
			// no such table (no IPv6): nothing listens there
		}
		return inodes;
	}

	private static boolean holdsSocket(Path processDirectory, Set<String> inodes) {
		try (Stream<Path> descriptors = Files.list(processDirectory.resolve("fd"))) {
			return descriptors.anyMatch((fd) -> {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
				}
				catch (IOException | UnsupportedOperationException ex) {
					return false;
				}
			});
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
	}

	private static String commandLine(Path processDirectory) {
		try {
			String command = new String(Files.readAllBytes(processDirectory.resolve("cmdline")), StandardCharsets.UTF_8)
				.replace('\0', ' ')
				.trim();
			return (command.length() > 160) ? command.substring(0, 157) + "..." : command;
		}
		catch (IOException ex) {
			return "(command unknown)";
		}
	}

	private static Optional<String> fromLsof(int port) {
		try {
			Process lsof = new ProcessBuilder("lsof", "-nP", "-iTCP:" + port, "-sTCP:LISTEN", "-Fpc")
				.redirectErrorStream(true)
				.start();
			String output = new String(lsof.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!lsof.waitFor(5, TimeUnit.SECONDS)) {
				lsof.destroyForcibly();
				return Optional.empty();
			}
			String pid = null;
			String command = null;
			for (String line : output.split("\n")) {
				if (line.startsWith("p") && pid == null) {
					pid = line.substring(1);
				}
				else if (line.startsWith("c") && command == null) {
					command = line.substring(1);
				}
			}
			return (pid != null) ? Optional.of("pid " + pid + ": " + ((command != null) ? command : "?"))
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
