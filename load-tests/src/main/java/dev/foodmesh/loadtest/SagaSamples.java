package dev.foodmesh.loadtest;

import java.util.Arrays;

/**
 * Collects each order's saga latencies (infinite where a status was never reached) into
 * {@link SagaLatencies.Sagas}.
 */
final class SagaSamples {

	private double[] toPaid = new double[256];

	private double[] toScheduled = new double[256];

	private int orders;

	private int notScheduled;

	void add(double toPaidMillis, double toScheduledMillis) {
		if (this.orders == this.toPaid.length) {
			this.toPaid = Arrays.copyOf(this.toPaid, this.orders * 2);
			this.toScheduled = Arrays.copyOf(this.toScheduled, this.orders * 2);
		}
		this.toPaid[this.orders] = toPaidMillis;
		this.toScheduled[this.orders] = toScheduledMillis;
		this.orders++;
		if (Double.isInfinite(toScheduledMillis)) {
			this.notScheduled++;
		}
	}

	SagaLatencies.Sagas sagas() {
		return new SagaLatencies.Sagas(this.orders, LatencySummary.of(Arrays.copyOf(this.toPaid, this.orders)),
				LatencySummary.of(Arrays.copyOf(this.toScheduled, this.orders)), this.notScheduled);
	}

}
