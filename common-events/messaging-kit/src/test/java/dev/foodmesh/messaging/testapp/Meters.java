package dev.foodmesh.messaging.testapp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reads the kit's counters, summed over the tags not given. */
public final class Meters {

	private final MeterRegistry registry;

	public Meters(MeterRegistry registry) {
		this.registry = registry;
	}

	public double count(String name, String... tags) {
		return this.registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
	}

}
