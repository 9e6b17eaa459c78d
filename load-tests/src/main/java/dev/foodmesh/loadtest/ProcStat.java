package dev.foodmesh.loadtest;

import java.util.OptionalLong;

/**
 * The CPU fields of {@code /proc/<pid>/stat} (proc(5)), in clock ticks: time this process
 * (or thread, read from {@code /proc/<pid>/task/<tid>/stat}) spent in user and kernel
 * mode, and the same for its children that exited and were waited for.
 *
 * @param pid the process or thread
 * @param command its name ({@code comm}, at most 15 characters)
 * @param state R, S, D, Z, …
 * @param userTicks utime (field 14)
 * @param systemTicks stime (field 15)
 * @param childUserTicks cutime (field 16)
 * @param childSystemTicks cstime (field 17)
 */
record ProcStat(long pid, String command, char state, long userTicks, long systemTicks, long childUserTicks,
		long childSystemTicks) {

	/**
	 * Parses one {@code stat} line. The command name (field 2) is in parentheses and may
	 * itself hold spaces and parentheses, so the fields are counted from the last
	 * {@code ')'}.
	 */
	static ProcStat parse(String line) {
		int open = line.indexOf('(');
		int close = line.lastIndexOf(')');
		if (open < 0 || close < open) {
			throw new IllegalArgumentException("Not a /proc/<pid>/stat line: " + line);
		}
		String[] fields = line.substring(close + 2).trim().split("\\s+");
		if (fields.length < 15) {
			throw new IllegalArgumentException("Too few fields in /proc/<pid>/stat line: " + line);
		}
		// fields[0] is field 3 (state), so field n is fields[n - 3]
		return new ProcStat(Long.parseLong(line.substring(0, open).trim()), line.substring(open + 1, close),
				fields[0].charAt(0), Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
				Long.parseLong(fields[14]));
	}

	/**
	 * Whether this is one of HotSpot's JIT compiler threads ({@code C1 CompilerThread0},
	 * {@code C2 CompilerThread0}, …, cut to 15 characters).
	 */
	boolean jitCompiler() {
		return this.command.startsWith("C1 CompilerThre") || this.command.startsWith("C2 CompilerThre");
	}

	long ownTicks() {
		return this.userTicks + this.systemTicks;
	}

	long childTicks() {
		return this.childUserTicks + this.childSystemTicks;
	}

	/**
	 * {@code VmRSS} of a {@code /proc/<pid>/status} text, in KiB; empty for a kernel
	 * thread or a zombie.
	 */
	static OptionalLong residentKib(String status) {
		for (String line : status.split("\n")) {
			if (line.startsWith("VmRSS:")) {
				String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
				return OptionalLong.of(Long.parseLong(parts[0]));
			}
		}
		return OptionalLong.empty();
	}

}
