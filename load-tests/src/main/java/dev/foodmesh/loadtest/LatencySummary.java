package dev.foodmesh.loadtest;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies in milliseconds, by the nearest-rank method: the p-th
 * percentile is the smallest value that at least p % of the values do not exceed, always
 * one of the values measured. An infinite value stands for something that never finished
 * (a saga that never reached the status), so a percentile that lands on one is infinite:
 * more than 1 % unfinished makes the p99 infinite, as it should.
 *
 * @param count how many values
 * @param p50 the median, NaN without values
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param max the largest value
 */
public record LatencySummary(int count, double p50, double p95, double p99, double max) {

	public static final LatencySummary NONE = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

	public static LatencySummary of(double[] millis) {
		if (millis.length == 0) {
			return NONE;
		}
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted[sorted.length - 1]);
	}

	/** The nearest-rank {@code percent}-th percentile of values sorted ascending. */
	static double percentile(double[] sorted, double percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent * sorted.length / 100.0);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
	}

}
