package dev.foodmesh.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the numbers were measured on: they mean little without it.
 *
 * @param cpus processors this JVM may use
 * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}, or "unknown"
 * @param memoryMib {@code MemTotal} of {@code /proc/meminfo}, 0 if unknown
 * @param jdk the running JDK's version
 */
public record Machine(int cpus, String cpuModel, long memoryMib, String jdk) {

	public static Machine describe() {
		return new Machine(Runtime.getRuntime().availableProcessors(),
				field(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"),
				field(Path.of("/proc/meminfo"), "MemTotal").map((kib) -> Long.parseLong(kib.split("\\s+")[0]) / 1024)
					.orElse(0L),
				Runtime.version().toString());
	}

	private static Optional<String> field(Path file, String name) {
		try {
			return Files.readAllLines(file)
				.stream()
				.filter((line) -> line.startsWith(name))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
