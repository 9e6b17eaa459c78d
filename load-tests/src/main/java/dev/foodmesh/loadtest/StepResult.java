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
		long ticks = this.sample.cpuTicks()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(LoadTestRun.LOAD_GENERATOR))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return perOrder(ticks);
	}

	private double perOrder(long ticks) {
		if (this.placements.accepted() == 0) {
			return Double.NaN;
		}
		return ticks / (double) WatchedProcess.TICKS_PER_SECOND / this.placements.accepted();
	}

}
