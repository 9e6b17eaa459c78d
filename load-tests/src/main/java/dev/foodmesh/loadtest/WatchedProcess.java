package dev.foodmesh.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A process of the stack whose CPU time and memory the report shows, read from
 * {@code /proc}. Postgres is a tree (postmaster, one backend per connection, background
 * workers): watched {@code withDescendants}, its CPU is the sum over the tree plus what
 * exited children left in the postmaster's {@code cutime}/{@code cstime}, and its RSS the
 * sum over the tree (which counts shared buffers once per process, so it overstates the
 * real footprint).
 *
 * @param name how the report names it, e.g. {@code order} or {@code postgres}
 * @param pid the process, or the root of the tree
 * @param withDescendants whether its descendants count as part of it
 */
public record WatchedProcess(String name, long pid, boolean withDescendants) {

	private static final Path PROC = Path.of("/proc");

	/**
	 * The unit of {@link Usage#cpuTicks()}: sysconf(_SC_CLK_TCK), 100 on every Linux we
	 * know of.
	 */
	public static final long TICKS_PER_SECOND = ticksPerSecond();

	/** The current CPU time and resident memory; empty once the process is gone. */
	public Optional<Usage> usage() {
		Optional<ProcStat> root = stat(this.pid);
		if (root.isEmpty()) {
			return Optional.empty();
		}
		long ticks = root.get().ownTicks();
		long jitTicks = jitTicks(this.pid);
		long residentKib = residentKib(this.pid);
		if (this.withDescendants) {
			ticks += root.get().childTicks();
			for (long child : descendants()) {
				// a backend may exit between the listing and the read: its time is then
				// in the postmaster's cutime
				ticks += stat(child).map(ProcStat::ownTicks).orElse(0L);
				residentKib += residentKib(child);
			}
		}
		return Optional.of(new Usage(ticks, jitTicks, residentKib));
	}

	private List<Long> descendants() {
		List<Long> pids = new ArrayList<>();
		ProcessHandle.of(this.pid).ifPresent((process) -> process.descendants().forEach((d) -> pids.add(d.pid())));
		return pids;
	}

	/**
	 * CPU time of the process' JIT compiler threads (0 for anything but a HotSpot JVM): a
	 * JVM compiles for minutes after its start, on whatever CPU the load leaves, so this
	 * time says how warm the code was rather than what the orders cost. Counts the
	 * threads alive now: a JVM keeps at least one thread per compiler, so on a small
	 * machine none exits; on a larger one a thread it stops between two readings takes
	 * its time along.
	 */
	private static long jitTicks(long pid) {
		try (Stream<Path> tasks = Files.list(PROC.resolve(Long.toString(pid)).resolve("task"))) {
			return tasks.map((task) -> stat(task.resolve("stat")))
				.flatMap(Optional::stream)
				.filter(ProcStat::jitCompiler)
				.mapToLong(ProcStat::ownTicks)
				.sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	private static Optional<ProcStat> stat(long pid) {
		return stat(PROC.resolve(Long.toString(pid)).resolve("stat"));
	}

	private static Optional<ProcStat> stat(Path file) {
		try {
			ProcStat stat = ProcStat.parse(Files.readString(file));
			return (stat.state() == 'Z') ? Optional.empty() : Optional.of(stat);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static long residentKib(long pid) {
		try {
			return ProcStat.residentKib(Files.readString(PROC.resolve(Long.toString(pid)).resolve("status"))).orElse(0);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long ticksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			try (InputStream out = getconf.getInputStream()) {
				return Long.parseLong(new String(out.readAllBytes(), StandardCharsets.US_ASCII).trim());
			}
		}
		catch (IOException | NumberFormatException ex) {
			return 100;
		}
	}

	/**
	 * One reading.
	 *
	 * @param cpuTicks user + system CPU time so far, in clock ticks
	 * @param jitTicks the part of it spent by the JIT compiler threads alive now
	 * @param residentKib resident memory now, KiB
	 */
	public record Usage(long cpuTicks, long jitTicks, long residentKib) {
	}

}
