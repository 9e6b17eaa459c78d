package dev.foodmesh.infra.drill;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts by name from many threads, e.g. {@code cancel 409}. */
final class Tally {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	void add(String name) {
		this.counts.computeIfAbsent(name, (key) -> new LongAdder()).increment();
	}

	long get(String name) {
		LongAdder count = this.counts.get(name);
		return (count != null) ? count.sum() : 0;
	}

	/** Every count whose name starts with {@code prefix}, sorted by name. */
	Map<String, Long> startingWith(String prefix) {
		Map<String, Long> selected = new TreeMap<>();
		this.counts.forEach((name, count) -> {
			if (name.startsWith(prefix)) {
				selected.put(name, count.sum());
			}
		});
		return selected;
	}

}
