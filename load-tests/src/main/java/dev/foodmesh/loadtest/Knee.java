package dev.foodmesh.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The knee of the ladder: the highest step that met every SLO — client-side placement
 * p99, saga p99 to {@code DELIVERY_SCHEDULED}, no 5xx (and no request left without an
 * answer, which is no better), and consumer lag and outbox backlog back to 0 soon enough
 * after the step. A step that missed one is not the knee even if a higher step met them
 * all: the knee is the highest passing step, whatever lies below it, and each verdict
 * says why a step missed.
 *
 * @param rate the knee's rate in orders/s; empty when no step met the SLOs
 * @param verdicts one per step, in ladder order
 */
public record Knee(OptionalInt rate, List<Verdict> verdicts) {

	public Knee {
		verdicts = List.copyOf(verdicts);
	}

	public static Knee of(List<StepResult> results, LoadProfile.Slo slo) {
		List<Verdict> verdicts = results.stream().map((result) -> judge(result, slo)).toList();
		OptionalInt knee = verdicts.stream().filter(Verdict::met).mapToInt((verdict) -> verdict.step().rate()).max();
		return new Knee(knee, verdicts);
	}

	static Verdict judge(StepResult result, LoadProfile.Slo slo) {
		List<String> misses = new ArrayList<>();
		PlacementRecorder.Placements placements = result.placements();
		SagaLatencies.Sagas sagas = result.sagas();
		if (placements.accepted() == 0) {
			misses.add("no order accepted");
		}
		else if (!(placements.latency().p99() <= slo.placementP99Ms())) {
			misses.add(String.format(Locale.ROOT, "placement p99 %s ms > %s ms",
					Report.millis(placements.latency().p99()), Report.millis(slo.placementP99Ms())));
		}
		if (placements.serverErrors() + placements.noResponse() > slo.serverErrors()) {
			misses.add(placements.serverErrors() + " × 5xx, " + placements.noResponse() + " without answer");
		}
		if (sagas.orders() == 0) {
			misses.add("no saga found in order_history");
		}
		else if (!(sagas.toScheduled().p99() <= slo.sagaScheduledP99Ms())) {
			misses.add(Double.isInfinite(sagas.toScheduled().p99())
					? sagas.notScheduled() + " of " + sagas.orders() + " orders not DELIVERY_SCHEDULED"
					: String.format(Locale.ROOT, "saga p99 %s ms > %s ms", Report.millis(sagas.toScheduled().p99()),
							Report.millis(slo.sagaScheduledP99Ms())));
		}
		misses.addAll(drainMisses(result.sample(), slo.drainWithin()));
		return new Verdict(result.step(), misses);
	}

	private static List<String> drainMisses(StepMonitor.StepSample sample, Duration within) {
		if (sample.backlogAtEnd().lag().isEmpty() || sample.backlogAtEnd().outbox().isEmpty()) {
			return List.of("lag or outbox backlog unknown (a service did not export " + PipelineBacklog.LAG + "/"
					+ PipelineBacklog.OUTBOX + ")");
		}
		Duration drained = sample.drainedAfter();
		if (drained == null) {
			return List.of("lag/backlog not back to 0 within the " + Report.seconds(sample.step().pause()) + " pause");
		}
		if (drained.compareTo(within) > 0) {
			return List.of("lag/backlog back to 0 after " + Report.seconds(drained) + " > " + Report.seconds(within));
		}
		return List.of();
	}

	/**
	 * Whether one step met the SLOs.
	 *
	 * @param step the step
	 * @param misses what it missed, empty when it met them all
	 */
	public record Verdict(Schedule.Step step, List<String> misses) {

		public Verdict {
			misses = List.copyOf(misses);
		}

		public boolean met() {
			return this.misses.isEmpty();
		}

	}

}
