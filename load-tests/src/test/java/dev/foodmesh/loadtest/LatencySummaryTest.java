package dev.foodmesh.loadtest;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencySummaryTest {

	@Test
	void shouldTakeNearestRankPercentiles() {
		double[] oneToHundred = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

		LatencySummary summary = LatencySummary.of(shuffled(oneToHundred));

		assertThat(summary.count()).isEqualTo(100);
		assertThat(summary.p50()).isEqualTo(50);
		assertThat(summary.p95()).isEqualTo(95);
		assertThat(summary.p99()).isEqualTo(99);
		assertThat(summary.max()).isEqualTo(100);
	}

	@Test
	void shouldAlwaysAnswerAMeasuredValue() {
		assertThat(LatencySummary.of(new double[] { 7 }).p99()).isEqualTo(7);
		assertThat(LatencySummary.of(new double[] { 1, 2, 3 }).p50()).isEqualTo(2);
		assertThat(LatencySummary.percentile(new double[] { 1, 2, 3, 4 }, 50)).isEqualTo(2);
		assertThat(LatencySummary.of(new double[] { 1, 2, 3, 4 }).p99()).isEqualTo(4);
	}

	@Test
	void shouldHaveNoPercentilesWithoutValues() {
		assertThat(LatencySummary.of(new double[0])).isEqualTo(LatencySummary.NONE);
		assertThat(LatencySummary.NONE.p99()).isNaN();
	}

	@Test
	void shouldMakeTheP99InfiniteOnlyWhenMoreThanOnePercentNeverFinished() {
		double[] oneLate = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
		oneLate[0] = Double.POSITIVE_INFINITY;
		double[] twoLate = oneLate.clone();
		twoLate[1] = Double.POSITIVE_INFINITY;

		assertThat(LatencySummary.of(oneLate).p99()).isEqualTo(100);
		assertThat(LatencySummary.of(oneLate).max()).isInfinite();
		assertThat(LatencySummary.of(twoLate).p99()).isInfinite();
		assertThat(LatencySummary.of(twoLate).p50()).isEqualTo(52);
	}

	private static double[] shuffled(double[] values) {
		double[] copy = values.clone();
		for (int index = 0; index < copy.length; index++) {
			int other = (index * 37) % copy.length;
			double swap = copy[index];
			copy[index] = copy[other];
			copy[other] = swap;
		}
		return copy;
	}

}
