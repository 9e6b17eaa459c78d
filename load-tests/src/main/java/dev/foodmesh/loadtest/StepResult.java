package dev.foodmesh.loadtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the report says about one step.
 *
 * @param placements what the client saw
 * @param sagas the sagas of the orders created during the step, from order-service's
 * history
 * @param sample what the monitor measured: CPU, memory, backlog and how soon it drained
 */
public record StepResult(PlacementRecorder.Placements placements, SagaLatencies.Sagas sagas,
		StepMonitor.StepSample sample) {

	public Schedule.Step step() {
		return this.sample.step();
	}

	/** Accepted orders per second over the step. */
	public double throughput() {
		return this.placements.accepted() / (this.step().length().toMillis() / 1000.0);
	}

	/**
	 * CPU seconds each process spent per accepted order during the step (NaN without
	 * accepted orders). The processes' idle work (timers, polling) is in it too, which
	 * weighs at low rates.
	 */
	public Map<String, Double> cpuSecondsPerOrder() {
		Map<String, Double> perOrder = new LinkedHashMap<>();
		this.sample.cpuTicks().forEach((process, ticks) -> perOrder.put(process, perOrder(ticks)));
		return perOrder;
	}

	/** The same summed over the stack's processes, without the load generator. */
	public double stackCpuSecondsPerOrder() {
		return perOrder(stackTicks(this.sample.cpuTicks()));
	}

	/**
	 * The part of {@link #stackCpuSecondsPerOrder()} that the services' JIT compilers
	 * spent: warm-up, not the orders' work.
	 */
	public double stackJitCpuSecondsPerOrder() {
		return perOrder(stackTicks(this.sample.jitTicks()));
	}

	/**
	 * How many cores the watched processes, load generator included, kept busy on average
	 * during the step. Near the machine's core count, CPU per order is the machine's
	 * capacity divided by the rate: a stack that needs more does its work in bigger
	 * batches and queues the rest, which shows as latency, not as CPU.
	 */
	public double coresBusy() {
		long ticks = this.sample.cpuTicks().values().stream().mapToLong(Long::longValue).sum();
		return ticks / (double) WatchedProcess.TICKS_PER_SECOND / (this.step().length().toMillis() / 1000.0);
	}

	private static long stackTicks(Map<String, Long> ticks) {
		return ticks.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(LoadTestRun.LOAD_GENERATOR))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	private double perOrder(long ticks) {
		if (this.placements.accepted() == 0) {
			return Double.NaN;
		}
		return ticks / (double) WatchedProcess.TICKS_PER_SECOND / this.placements.accepted();
	}

}
