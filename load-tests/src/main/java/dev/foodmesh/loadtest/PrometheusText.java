package dev.foodmesh.loadtest;

import java.util.OptionalDouble;

/**
 * Reads sums out of Prometheus' text exposition format, as {@code /actuator/prometheus}
 * serves it.
 */
final class PrometheusText {

	private PrometheusText() {
	}

	/**
	 * The sum of every series of {@code metric} (over all label sets), leaving out NaN
	 * samples (the kit's lag gauge is NaN for a partition not assigned to this instance);
	 * empty when the metric is not there at all.
	 */
	static OptionalDouble sum(String exposition, String metric) {
		double total = 0;
		boolean found = false;
		for (String line : exposition.split("\n")) {
			if (!line.startsWith(metric) || line.length() == metric.length()) {
				continue;
			}
			char next = line.charAt(metric.length());
			if (next != '{' && next != ' ') {
				// another metric whose name starts the same, e.g.
				// foodmesh_outbox_backlog_max
				continue;
			}
			String rest = (next == '{') ? line.substring(line.lastIndexOf('}') + 1) : line.substring(metric.length());
			double value = Double.parseDouble(rest.trim().split("\\s+")[0]);
			found = true;
			if (!Double.isNaN(value)) {
				total += value;
			}
		}
		return found ? OptionalDouble.of(total) : OptionalDouble.empty();
	}

}
