package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The end of a log file, read without holding the whole file in memory (for failure
 * messages).
 */
final class LogTail {

	private LogTail() {
	}

	/**
	 * The last {@code lines} lines of {@code file}; none if it does not exist, one line
	 * naming an error.
	 */
	static List<String> of(Path file, int lines) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		Deque<String> tail = new ArrayDeque<>(lines);
		try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
			all.forEach((line) -> {
				if (tail.size() == lines) {
					tail.removeFirst();
				}
				tail.addLast(line);
			});
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of("(could not read " + file + ": " + ex.getMessage() + ")");
		}
		return new ArrayList<>(tail);
	}

}
