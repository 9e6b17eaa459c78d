package dev.foodmesh.payment.psp;

import java.util.random.RandomGenerator;

/**
 * The drill knob of the PSP simulator: the share of calls (0..1) that fail as if the PSP
 * were unavailable. It starts at {@code foodmesh.payment.simulator.failure-rate} and can
 * be changed while the service runs, so a drill can switch failures on and off. With a
 * seed the sequence of failures is reproducible.
 */
public final class SimulatorFaults {

	// java.util.Random, not SplittableRandom: partitions are processed in parallel and
	// Random is thread-safe
	private final RandomGenerator random;

	private volatile double failureRate;

	public SimulatorFaults(double failureRate, RandomGenerator random) {
		this.random = random;
		failureRate(failureRate);
	}

	public double failureRate() {
		return failureRate;
	}

	public void failureRate(double rate) {
		if (!(rate >= 0.0 && rate <= 1.0)) {
			throw new IllegalArgumentException("failure rate must be within 0..1: " + rate);
		}
		this.failureRate = rate;
	}

	boolean nextCallFails() {
		double rate = failureRate;
		return rate > 0.0 && random.nextDouble() < rate;
	}

}
