package dev.foodmesh.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's report: {@code steps.md} (the step tables for people), {@code steps.json}
 * (the same for tools) and {@code throughput-latency.svg}, written next to the copy of
 * Gatling's HTML report that run.sh puts in {@code gatling/}. docs/performance.md
 * explains every column.
 *
 * @param run how the run was set up
 * @param results one per step, in ladder order
 * @param knee the knee and each step's verdict
 */
public record Report(Run run, List<StepResult> results, Knee knee) {

	public static final String MARKDOWN = "steps.md";

	public static final String JSON_FILE = "steps.json";

	public static final String CHART = "throughput-latency.svg";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Report {
		results = List.copyOf(results);
	}

	public void writeTo(Path directory) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(MARKDOWN), markdown());
			Files.writeString(directory.resolve(JSON_FILE),
					JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json()));
			Files.writeString(directory.resolve(CHART), LatencyChart.svg(this.results, this.run.profile().slo()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the report to " + directory, ex);
		}
	}

	/** The step tables as Markdown. */
	public String markdown() {
		LoadProfile profile = this.run.profile();
		LoadProfile.Placement ladder = profile.placement();
		LoadProfile.Slo slo = profile.slo();
		StringBuilder md = new StringBuilder();
		md.append("# FoodMesh order ladder\n\n");
		md.append(String.format(Locale.ROOT, "Run at %s on %d CPUs (%s), %,d MiB, JDK %s.%n%n", this.run.startedAt(),
				this.run.machine().cpus(), this.run.machine().cpuModel(), this.run.machine().memoryMib(),
				this.run.machine().jdk()));
		md.append("- Stack: `").append(this.run.stack()).append("`\n");
		md.append(String.format(Locale.ROOT,
				"- Couriers in %s: %s (simulator: pickup %s, delivery %s, a pass every %s)%n",
				profile.couriers().city(), this.run.couriers(), seconds(profile.simulator().pickupDelay()),
				seconds(profile.simulator().deliveryDelay()), seconds(profile.simulator().passInterval())));
		md.append(String.format(Locale.ROOT,
				"- Ladder: warm-up %s from %d/s, steps %s orders/s, %s each, %s pause after each%n",
				seconds(ladder.warmUp()), ladder.warmUpFromRate(),
				ladder.steps().stream().map(String::valueOf).collect(Collectors.joining(", ")),
				seconds(ladder.stepDuration()), seconds(ladder.pause())));
		md.append(String.format(Locale.ROOT,
				"- SLOs: placement p99 ≤ %s ms, saga → DELIVERY_SCHEDULED p99 ≤ %s ms, "
						+ "≤ %d × 5xx or no answer, lag and outbox backlog 0 within %s%n%n",
				millis(slo.placementP99Ms()), millis(slo.sagaScheduledP99Ms()), slo.serverErrors(),
				seconds(slo.drainWithin())));
		md.append(this.knee.rate().isPresent()
				? "**Knee: " + this.knee.rate().getAsInt() + " orders/s** (highest step " + "that met every SLO)\n\n"
				: "**Knee: none** (no step met every SLO)\n\n");
		md.append("## Latency, errors and backlog\n\n");
		md.append("| step | accepted/s | sent | errors | 5xx | placement p50 | p95 | p99 | max | → PAID p50 | p99 | "
				+ "→ SCHEDULED p50 | p99 | not scheduled | lag at end | outbox at end | back to 0 after | SLOs |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|\n");
		for (int index = 0; index < this.results.size(); index++) {
			StepResult result = this.results.get(index);
			PlacementRecorder.Placements placed = result.placements();
			SagaLatencies.Sagas sagas = result.sagas();
			StepMonitor.StepSample sample = result.sample();
			md.append(row(result.step().label(), String.format(Locale.ROOT, "%.1f", result.throughput()),
					String.valueOf(placed.sent()), String.valueOf(placed.errors()),
					String.valueOf(placed.serverErrors()), millis(placed.latency().p50()),
					millis(placed.latency().p95()), millis(placed.latency().p99()), millis(placed.latency().max()),
					millis(sagas.toPaid().p50()), millis(sagas.toPaid().p99()), millis(sagas.toScheduled().p50()),
					millis(sagas.toScheduled().p99()), String.valueOf(sagas.notScheduled()),
					count(sample.backlogAtEnd().lag()), count(sample.backlogAtEnd().outbox()), drained(sample),
					this.knee.verdicts().get(index).met() ? "met" : "missed"));
		}
		md.append("\nLatencies in ms. Placement: client side, accepted orders only. → PAID / → SCHEDULED: "
				+ "server side, from the order's creation; ∞ when more than 1 % of the step's orders had not got "
				+ "there.\n\n");
		Set<String> stack = stackProcesses();
		md.append("## CPU ms per accepted order\n\n");
		md.append(header("step", stack, "stack total", "of it JIT", LoadTestRun.LOAD_GENERATOR, "cores busy"));
		for (StepResult result : this.results) {
			Map<String, Double> perOrder = result.cpuSecondsPerOrder();
			md.append(row(result.step().label(), stack, (process) -> cpuMillis(perOrder.get(process)),
					cpuMillis(result.stackCpuSecondsPerOrder()), cpuMillis(result.stackJitCpuSecondsPerOrder()),
					cpuMillis(perOrder.get(LoadTestRun.LOAD_GENERATOR)),
					String.format(Locale.ROOT, "%.2f of %d", result.coresBusy(), this.run.machine().cpus())));
		}
		md.append("\nFrom utime + stime in /proc between the step's start and end; stack total leaves out the load "
				+ "generator; of it JIT: the services' C1/C2 compiler threads (warm-up, not the orders' work); cores "
				+ "busy: all of these processes together. With the cores nearly all busy, CPU per order is the "
				+ "machine's capacity divided by the rate (a stack that needs more batches its work harder and "
				+ "queues the rest): compare builds at a step well below that.\n\n");
		md.append("## Resident memory at the end of the step (MiB)\n\n");
		md.append(header("step", stack, LoadTestRun.LOAD_GENERATOR));
		for (StepResult result : this.results) {
			Map<String, Long> kib = result.sample().residentKib();
			Function<String, String> mib = (process) -> kib.containsKey(process)
					? String.valueOf(kib.get(process) / 1024) : "–";
			md.append(row(result.step().label(), stack, mib, mib.apply(LoadTestRun.LOAD_GENERATOR)));
		}
		md.append("\nVmRSS; postgres sums its processes, so shared buffers count once per backend.\n\n");
		List<Knee.Verdict> missed = this.knee.verdicts().stream().filter((verdict) -> !verdict.met()).toList();
		if (!missed.isEmpty()) {
			md.append("## Missed SLOs\n\n");
			missed.forEach((verdict) -> md.append("- ")
				.append(verdict.step().label())
				.append(": ")
				.append(String.join("; ", verdict.misses()))
				.append('\n'));
			md.append('\n');
		}
		md.append("Chart: [" + CHART + "](" + CHART + "). Gatling's own report: "
				+ "[gatling/index.html](gatling/index.html). Columns: docs/performance.md.\n");
		return md.toString();
	}

	/**
	 * The same as {@link #markdown()}, for tools; unmeasured or infinite values are
	 * {@code null}.
	 */
	public ObjectNode json() {
		LoadProfile profile = this.run.profile();
		ObjectNode root = JSON.createObjectNode();
		root.put("startedAt", this.run.startedAt().toString());
		root.put("stack", this.run.stack());
		root.put("couriers", this.run.couriers());
		ObjectNode machine = root.putObject("machine");
		machine.put("cpus", this.run.machine().cpus());
		machine.put("cpuModel", this.run.machine().cpuModel());
		machine.put("memoryMiB", this.run.machine().memoryMib());
		machine.put("jdk", this.run.machine().jdk());
		ObjectNode ladder = root.putObject("ladder");
		ladder.put("warmUp", Durations.format(profile.placement().warmUp()));
		ladder.put("warmUpFromRate", profile.placement().warmUpFromRate());
		profile.placement().steps().forEach(ladder.putArray("steps")::add);
		ladder.put("stepDuration", Durations.format(profile.placement().stepDuration()));
		ladder.put("pauseBetweenSteps", Durations.format(profile.placement().pause()));
		ladder.put("pickupDelay", Durations.format(profile.simulator().pickupDelay()));
		ladder.put("deliveryDelay", Durations.format(profile.simulator().deliveryDelay()));
		ladder.put("passInterval", Durations.format(profile.simulator().passInterval()));
		ObjectNode slo = root.putObject("slo");
		slo.put("placementP99Ms", profile.slo().placementP99Ms());
		slo.put("sagaScheduledP99Ms", profile.slo().sagaScheduledP99Ms());
		slo.put("serverErrors", profile.slo().serverErrors());
		slo.put("drainWithinMs", profile.slo().drainWithin().toMillis());
		if (this.knee.rate().isPresent()) {
			root.put("knee", this.knee.rate().getAsInt());
		}
		else {
			root.putNull("knee");
		}
		for (int index = 0; index < this.results.size(); index++) {
			stepJson(root.withArray("steps").addObject(), this.results.get(index), this.knee.verdicts().get(index));
		}
		return root;
	}

	private static void stepJson(ObjectNode step, StepResult result, Knee.Verdict verdict) {
		PlacementRecorder.Placements placed = result.placements();
		StepMonitor.StepSample sample = result.sample();
		step.put("rate", result.step().rate());
		step.put("start", sample.start().toString());
		step.put("end", sample.end().toString());
		step.put("sent", placed.sent());
		step.put("accepted", placed.accepted());
		number(step, "throughput", result.throughput());
		ObjectNode errors = step.putObject("errors");
		errors.put("total", placed.errors());
		errors.put("clientErrors", placed.clientErrors());
		errors.put("serverErrors", placed.serverErrors());
		errors.put("noResponse", placed.noResponse());
		errors.put("otherStatuses", placed.otherStatuses());
		latency(step.putObject("placementMs"), placed.latency());
		ObjectNode saga = step.putObject("saga");
		saga.put("orders", result.sagas().orders());
		saga.put("notScheduled", result.sagas().notScheduled());
		latency(saga.putObject("toPaidMs"), result.sagas().toPaid());
		latency(saga.putObject("toScheduledMs"), result.sagas().toScheduled());
		optional(step, "lagAtEnd", sample.backlogAtEnd().lag());
		optional(step, "outboxBacklogAtEnd", sample.backlogAtEnd().outbox());
		if (sample.drainedAfter() != null) {
			step.put("drainedAfterMs", sample.drainedAfter().toMillis());
		}
		else {
			step.putNull("drainedAfterMs");
		}
		ObjectNode cpu = step.putObject("cpuSecondsPerOrder");
		result.cpuSecondsPerOrder().forEach((process, seconds) -> number(cpu, process, seconds));
		number(cpu, "stackTotal", result.stackCpuSecondsPerOrder());
		number(cpu, "stackJit", result.stackJitCpuSecondsPerOrder());
		number(step, "coresBusy", result.coresBusy());
		ObjectNode rss = step.putObject("residentMiB");
		sample.residentKib().forEach((process, kib) -> rss.put(process, kib / 1024));
		step.put("sloMet", verdict.met());
		verdict.misses().forEach(step.putArray("sloMisses")::add);
	}

	private static void latency(ObjectNode node, LatencySummary summary) {
		node.put("count", summary.count());
		number(node, "p50", summary.p50());
		number(node, "p95", summary.p95());
		number(node, "p99", summary.p99());
		number(node, "max", summary.max());
	}

	private static void optional(ObjectNode node, String field, OptionalDouble value) {
		number(node, field, value.orElse(Double.NaN));
	}

	private static void number(ObjectNode node, String field, double value) {
		if (Double.isFinite(value)) {
			node.put(field, value);
		}
		else {
			node.putNull(field);
		}
	}

	/**
	 * The stack's processes in the order they were watched, without the load generator.
	 */
	private Set<String> stackProcesses() {
		Set<String> names = new LinkedHashSet<>();
		this.results.forEach((result) -> names.addAll(result.sample().cpuTicks().keySet()));
		this.results.forEach((result) -> names.addAll(result.sample().residentKib().keySet()));
		names.remove(LoadTestRun.LOAD_GENERATOR);
		return names;
	}

	private static String header(String first, Set<String> columns, String... last) {
		StringBuilder header = new StringBuilder("| ").append(first);
		StringBuilder rule = new StringBuilder("|---:");
		for (String column : columns) {
			header.append(" | ").append(column);
			rule.append("|---:");
		}
		for (String column : last) {
			header.append(" | ").append(column);
			rule.append("|---:");
		}
		return header.append(" |\n").append(rule).append("|\n").toString();
	}

	private static String row(String first, Set<String> columns, Function<String, String> cell, String... last) {
		StringBuilder row = new StringBuilder("| ").append(first);
		columns.forEach((column) -> row.append(" | ").append(cell.apply(column)));
		for (String value : last) {
			row.append(" | ").append(value);
		}
		return row.append(" |\n").toString();
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	private static String drained(StepMonitor.StepSample sample) {
		if (sample.backlogAtEnd().lag().isEmpty() || sample.backlogAtEnd().outbox().isEmpty()) {
			return "?";
		}
		return (sample.drainedAfter() != null) ? seconds(sample.drainedAfter()) : "> " + seconds(sample.step().pause());
	}

	private static String count(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.0f", value.getAsDouble()) : "?";
	}

	private static String cpuMillis(@Nullable Double seconds) {
		return (seconds == null || seconds.isNaN()) ? "–" : String.format(Locale.ROOT, "%.2f", seconds * 1000);
	}

	/**
	 * Milliseconds for a table: one decimal below 10, none above; ∞ for never, – for not
	 * measured.
	 */
	static String millis(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		if (Double.isInfinite(value)) {
			return "∞";
		}
		return String.format(Locale.ROOT, (value < 10) ? "%.1f" : "%.0f", value);
	}

	/** Seconds for a table, e.g. {@code 0.3 s}, {@code 15 s}. */
	static String seconds(Duration duration) {
		double seconds = duration.toMillis() / 1000.0;
		return String.format(Locale.ROOT, (seconds < 10 && seconds != Math.rint(seconds)) ? "%.1f s" : "%.0f s",
				seconds);
	}

	/**
	 * How the run was set up.
	 *
	 * @param startedAt when the injection started
	 * @param profile the profile, with run.sh's overrides
	 * @param stack how the stack was started (the run-local.sh command line), for the
	 * record
	 * @param couriers couriers in the city during the run, e.g. {@code 2 + 48 registered}
	 * @param machine the machine
	 */
	public record Run(Instant startedAt, LoadProfile profile, String stack, String couriers, Machine machine) {
	}

}
