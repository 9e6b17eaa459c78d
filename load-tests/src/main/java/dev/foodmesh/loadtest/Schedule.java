package dev.foodmesh.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each part of the ladder runs, as offsets from the start of the injection: the
 * warm-up from 0, then a pause, then each step followed by its own pause. The simulation
 * injects by these offsets and the monitor samples by them, so both agree on where a step
 * begins and ends.
 *
 * @param warmUp the warm-up's length (zero for none)
 * @param steps the steps in order
 */
public record Schedule(Duration warmUp, List<Step> steps) {

	public Schedule {
		steps = List.copyOf(steps);
	}

	public static Schedule of(LoadProfile.Placement placement) {
		List<Step> steps = new ArrayList<>();
		Duration at = placement.warmUp().isZero() ? Duration.ZERO : placement.warmUp().plus(placement.pause());
		for (int index = 0; index < placement.steps().size(); index++) {
			Duration end = at.plus(placement.stepDuration());
			Duration drained = end.plus(placement.pause());
			steps.add(new Step(index, placement.steps().get(index), at, end, drained));
			at = drained;
		}
		return new Schedule(placement.warmUp(), steps);
	}

	/** When the last step's pause ends: the whole run as the monitor observes it. */
	public Duration total() {
		return this.steps.getLast().pauseEnd();
	}

	/**
	 * One step of the ladder.
	 *
	 * @param index 0 for the first step
	 * @param rate orders per second
	 * @param start when its load begins
	 * @param end when its load ends
	 * @param pauseEnd when the quiet time after it ends (the next step's start)
	 */
	public record Step(int index, int rate, Duration start, Duration end, Duration pauseEnd) {

		public Duration length() {
			return this.end.minus(this.start);
		}

		public Duration pause() {
			return this.pauseEnd.minus(this.end);
		}

		/** How the step is named in Gatling's report and in ours, e.g. {@code 250/s}. */
		public String label() {
			return this.rate + "/s";
		}

	}

}
