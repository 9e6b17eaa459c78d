package dev.foodmesh.loadtest;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/** Step results made up for the knee and report tests: 60 s steps, 10 s pauses. */
final class Steps {

	static final LoadProfile.Slo SLO = new LoadProfile.Slo(50, 500, 0, Duration.ofSeconds(5));

	private Steps() {
	}

	/**
	 * A step at {@code rate} whose every placement took {@code placementMs} and every
	 * saga {@code sagaMs}.
	 */
	static StepResult step(int index, int rate, double placementMs, double sagaMs, int serverErrors,
			@Nullable Duration drainedAfter) {
		Duration start = Duration.ofSeconds(70L * index);
		Schedule.Step step = new Schedule.Step(index, rate, start, start.plusSeconds(60), start.plusSeconds(70));
		PlacementRecorder recorder = new PlacementRecorder();
		int orders = rate * 60;
		for (int order = 0; order < orders; order++) {
			recorder.record(201, (long) placementMs);
		}
		for (int error = 0; error < serverErrors; error++) {
			recorder.record(503, 1);
		}
		double[] sagas = new double[orders];
		Arrays.fill(sagas, sagaMs);
		SagaSamples samples = new SagaSamples();
		for (double saga : sagas) {
			samples.add(saga / 2, saga);
		}
		Instant begin = Instant.parse("2026-12-03T18:00:00Z").plus(start);
		StepMonitor.StepSample sample = new StepMonitor.StepSample(step, begin, begin.plusSeconds(60),
				begin.plusSeconds(70), ordered("order", 60L * rate, LoadTestRun.LOAD_GENERATOR, 6L * rate),
				ordered("order", 6L * rate, LoadTestRun.LOAD_GENERATOR, 0L),
				ordered("order", 300_000L, "postgres", 150_000L),
				new PipelineBacklog.Reading(OptionalDouble.of(0), OptionalDouble.of(0)), drainedAfter);
		return new StepResult(recorder.placements(), samples.sagas(), sample);
	}

	private static Map<String, Long> ordered(String first, long firstValue, String second, long secondValue) {
		Map<String, Long> values = new LinkedHashMap<>();
		values.put(first, firstValue);
		values.put(second, secondValue);
		return values;
	}

	static StepResult healthy(int index, int rate) {
		return step(index, rate, 8, 120, 0, Duration.ofMillis(300));
	}

}
