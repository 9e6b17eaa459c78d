package dev.foodmesh.loadtest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * Samples the stack at the ladder's step boundaries, on its own thread, while Gatling
 * injects: CPU time of every watched process (and of its JIT compiler threads) at each
 * step's start and end, resident memory and the pipeline's backlog at its end, then the
 * backlog every {@code pollInterval} during the pause until it is back to 0. It scrapes
 * only at those moments, so that the measuring itself costs the measured machine next to
 * nothing during a step.
 */
public final class StepMonitor {

	private final Schedule schedule;

	private final List<WatchedProcess> processes;

	private final PipelineBacklog backlog;

	private final Duration pollInterval;

	private final CompletableFuture<List<StepSample>> samples = new CompletableFuture<>();

	public StepMonitor(Schedule schedule, List<WatchedProcess> processes, PipelineBacklog backlog,
			Duration pollInterval) {
		this.schedule = schedule;
		this.processes = List.copyOf(processes);
		this.backlog = backlog;
		this.pollInterval = pollInterval;
	}

	/**
	 * Starts sampling; {@code injectionStart} is the instant the schedule's offsets count
	 * from.
	 */
	public void start(Instant injectionStart) {
		Thread.ofPlatform().daemon().name("step-monitor").start(() -> {
			try {
				this.samples.complete(sampleAll(injectionStart));
			}
			catch (InterruptedException | RuntimeException ex) {
				this.samples.completeExceptionally(ex);
			}
		});
	}

	/**
	 * The samples, once the last step's pause is over; waits at most {@code timeout}
	 * beyond that.
	 */
	public List<StepSample> await(Duration timeout) {
		try {
			return this.samples.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the step monitor", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The step monitor did not finish: " + ex, ex);
		}
	}

	private List<StepSample> sampleAll(Instant injectionStart) throws InterruptedException {
		List<StepSample> all = new ArrayList<>();
		for (Schedule.Step step : this.schedule.steps()) {
			Instant start = injectionStart.plus(step.start());
			Instant end = injectionStart.plus(step.end());
			Instant pauseEnd = injectionStart.plus(step.pauseEnd());
			sleepUntil(start);
			Map<String, WatchedProcess.Usage> atStart = usage();
			sleepUntil(end);
			Map<String, WatchedProcess.Usage> atEnd = usage();
			PipelineBacklog.Reading backlogAtEnd = this.backlog.read();
			all.add(new StepSample(step, start, end, pauseEnd, spent(atStart, atEnd, WatchedProcess.Usage::cpuTicks),
					spent(atStart, atEnd, WatchedProcess.Usage::jitTicks), residentKib(atEnd), backlogAtEnd,
					drainedAfter(backlogAtEnd, end, pauseEnd)));
		}
		return all;
	}

	/**
	 * How long after {@code end} the backlog was first seen at 0; {@code null} if not
	 * before {@code pauseEnd}.
	 */
	private @Nullable Duration drainedAfter(PipelineBacklog.Reading atEnd, Instant end, Instant pauseEnd)
			throws InterruptedException {
		PipelineBacklog.Reading reading = atEnd;
		while (!reading.drained()) {
			Instant next = Instant.now().plus(this.pollInterval);
			if (next.isAfter(pauseEnd)) {
				return null;
			}
			sleepUntil(next);
			reading = this.backlog.read();
		}
		return Duration.between(end, Instant.now());
	}

	private Map<String, WatchedProcess.Usage> usage() {
		Map<String, WatchedProcess.Usage> usage = new LinkedHashMap<>();
		for (WatchedProcess process : this.processes) {
			process.usage().ifPresent((reading) -> usage.put(process.name(), reading));
		}
		return usage;
	}

	private static Map<String, Long> spent(Map<String, WatchedProcess.Usage> start,
			Map<String, WatchedProcess.Usage> end, ToLongFunction<WatchedProcess.Usage> ticksSoFar) {
		Map<String, Long> ticks = new LinkedHashMap<>();
		start.forEach((name, first) -> Optional.ofNullable(end.get(name))
			.ifPresent((last) -> ticks.put(name,
					Math.max(0, ticksSoFar.applyAsLong(last) - ticksSoFar.applyAsLong(first)))));
		return ticks;
	}

	private static Map<String, Long> residentKib(Map<String, WatchedProcess.Usage> usage) {
		Map<String, Long> kib = new LinkedHashMap<>();
		usage.forEach((name, reading) -> kib.put(name, reading.residentKib()));
		return kib;
	}

	private static void sleepUntil(Instant instant) throws InterruptedException {
		Duration left = Duration.between(Instant.now(), instant);
		if (left.isPositive()) {
			Thread.sleep(left);
		}
	}

	/**
	 * What the monitor saw of one step.
	 *
	 * @param step the step
	 * @param start when its load began (the schedule's instant)
	 * @param end when its load ended
	 * @param pauseEnd when the quiet time after it ended: an order created before then
	 * was placed by this step
	 * @param cpuTicks CPU time each process used from start to end, clock ticks
	 * @param jitTicks the part of it its JIT compiler threads used
	 * @param residentKib each process' resident memory at the end, KiB
	 * @param backlogAtEnd consumer lag and outbox backlog at the end
	 * @param drainedAfter how long after the end both were 0; {@code null} if not within
	 * the pause
	 */
	public record StepSample(Schedule.Step step, Instant start, Instant end, Instant pauseEnd,
			Map<String, Long> cpuTicks, Map<String, Long> jitTicks, Map<String, Long> residentKib,
			PipelineBacklog.Reading backlogAtEnd, @Nullable Duration drainedAfter) {

		public StepSample {
			cpuTicks = Collections.unmodifiableMap(new LinkedHashMap<>(cpuTicks));
			jitTicks = Collections.unmodifiableMap(new LinkedHashMap<>(jitTicks));
			residentKib = Collections.unmodifiableMap(new LinkedHashMap<>(residentKib));
		}

	}

}
