package dev.foodmesh.loadtest;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KneeTest {

	@Test
	void shouldBeTheHighestStepThatMetEverySlo() {
		Knee knee = Knee.of(List.of(Steps.healthy(0, 100), Steps.healthy(1, 250),
				Steps.step(2, 500, 63, 120, 0, Duration.ofMillis(300))), Steps.SLO);

		assertThat(knee.rate()).hasValue(250);
		assertThat(knee.verdicts()).extracting(Knee.Verdict::met).containsExactly(true, true, false);
		assertThat(knee.verdicts().get(2).misses()).containsExactly("placement p99 63 ms > 50 ms");
	}

	@Test
	void shouldBeTheHighestPassingStepEvenAboveAMiss() {
		Knee knee = Knee.of(
				List.of(Steps.healthy(0, 100), Steps.step(1, 250, 8, 120, 1, Duration.ZERO), Steps.healthy(2, 500)),
				Steps.SLO);

		assertThat(knee.rate()).hasValue(500);
		assertThat(knee.verdicts().get(1).misses()).containsExactly("1 × 5xx, 0 without answer");
	}

	@Test
	void shouldMissOnSlowSagasAndOnABacklogThatDrainsLateOrNever() {
		List<StepResult> results = List.of(Steps.step(0, 100, 8, 900, 0, Duration.ZERO),
				Steps.step(1, 250, 8, Double.POSITIVE_INFINITY, 0, Duration.ZERO),
				Steps.step(2, 500, 8, 120, 0, Duration.ofMillis(7300)), Steps.step(3, 750, 8, 120, 0, null));

		Knee knee = Knee.of(results, Steps.SLO);

		assertThat(knee.rate()).isEmpty();
		assertThat(knee.verdicts().get(0).misses()).containsExactly("saga p99 900 ms > 500 ms");
		assertThat(knee.verdicts().get(1).misses()).containsExactly("15000 of 15000 orders not DELIVERY_SCHEDULED");
		assertThat(knee.verdicts().get(2).misses()).containsExactly("lag/backlog back to 0 after 7.3 s > 5 s");
		assertThat(knee.verdicts().get(3).misses()).containsExactly("lag/backlog not back to 0 within the 10 s pause");
	}

	@Test
	void shouldNotCountAStepWhoseBacklogNobodyReported() {
		StepResult healthy = Steps.healthy(0, 100);
		StepMonitor.StepSample blind = new StepMonitor.StepSample(healthy.step(), healthy.sample().start(),
				healthy.sample().end(), healthy.sample().pauseEnd(), healthy.sample().cpuTicks(),
				healthy.sample().jitTicks(), healthy.sample().residentKib(),
				new PipelineBacklog.Reading(OptionalDouble.empty(), OptionalDouble.of(0)), null);

		Knee knee = Knee.of(List.of(new StepResult(healthy.placements(), healthy.sagas(), blind)), Steps.SLO);

		assertThat(knee.rate()).isEmpty();
		assertThat(knee.verdicts().getFirst().misses().getFirst()).startsWith("lag or outbox backlog unknown");
	}

	@Test
	void shouldMissAStepWithoutAcceptedOrders() {
		StepResult healthy = Steps.healthy(0, 100);
		PlacementRecorder refused = new PlacementRecorder();
		refused.record(PlacementRecorder.NO_RESPONSE, -1);

		Knee knee = Knee.of(List.of(new StepResult(refused.placements(), SagaLatencies.Sagas.NONE, healthy.sample())),
				Steps.SLO);

		assertThat(knee.verdicts().getFirst().misses()).containsExactly("no order accepted",
				"0 × 5xx, 1 without answer", "no saga found in order_history");
	}

}
