package dev.foodmesh.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

/**
 * Throughput against latency as a small SVG: accepted orders/s across, latency up on a
 * log scale (1 ms to the next power of ten above the largest value), one line each for
 * placement p50 and p99 and saga p99 to {@code DELIVERY_SCHEDULED}, the two latency SLOs
 * as dashed lines, each point labelled with its step's offered rate. A step whose value
 * is infinite (sagas that never got there) is marked ∞ above the plot; an unmeasured one
 * is left out.
 */
final class LatencyChart {

	private static final int WIDTH = 820;

	private static final int HEIGHT = 480;

	private static final int LEFT = 70;

	private static final int RIGHT = 170;

	private static final int TOP = 40;

	private static final int BOTTOM = 60;

	private static final List<Series> SERIES = List.of(
			new Series("placement p50", "#7fb3d5", (result) -> result.placements().latency().p50()),
			new Series("placement p99", "#1f618d", (result) -> result.placements().latency().p99()),
			new Series("saga → SCHEDULED p99", "#c0392b", (result) -> result.sagas().toScheduled().p99()));

	private LatencyChart() {
	}

	static String svg(List<StepResult> results, LoadProfile.Slo slo) {
		double maxThroughput = niceCeiling(results.stream().mapToDouble(StepResult::throughput).max().orElse(1));
		double maxLatency = Math.max(slo.sagaScheduledP99Ms(),
				results.stream()
					.flatMap((result) -> SERIES.stream().map((series) -> series.value().applyAsDouble(result)))
					.filter(Double::isFinite)
					.mapToDouble(Double::doubleValue)
					.max()
					.orElse(1));
		int decades = Math.max(1, (int) Math.ceil(Math.log10(maxLatency)));
		Axes axes = new Axes(maxThroughput, decades);
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
						+ "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(text(WIDTH / 2.0, 22, "middle", "FoodMesh order ladder: throughput vs latency", "14"));
		grid(svg, axes);
		sloLine(svg, axes, slo.placementP99Ms(), "placement p99 SLO");
		sloLine(svg, axes, slo.sagaScheduledP99Ms(), "saga p99 SLO");
		for (int index = 0; index < SERIES.size(); index++) {
			plot(svg, axes, SERIES.get(index), results, index);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void grid(StringBuilder svg, Axes axes) {
		double bottom = HEIGHT - BOTTOM;
		double right = WIDTH - RIGHT;
		for (int decade = 0; decade <= axes.decades(); decade++) {
			double y = axes.y(Math.pow(10, decade));
			svg.append(line(LEFT, y, right, y, "#dddddd", null));
			svg.append(text(LEFT - 8, y + 4, "end", String.format(Locale.ROOT, "%,.0f", Math.pow(10, decade)), null));
		}
		for (int tick = 0; tick <= 5; tick++) {
			double value = axes.maxThroughput() * tick / 5;
			double x = axes.x(value);
			svg.append(line(x, TOP, x, bottom, "#eeeeee", null));
			svg.append(text(x, bottom + 18, "middle", String.format(Locale.ROOT, "%,.0f", value), null));
		}
		svg.append(line(LEFT, bottom, right, bottom, "#333333", null));
		svg.append(line(LEFT, TOP, LEFT, bottom, "#333333", null));
		svg.append(text((LEFT + right) / 2.0, HEIGHT - 18, "middle", "accepted orders/s", null));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" "
						+ "transform=\"rotate(-90 18 %.1f)\">latency, ms (log)</text>%n",
				(TOP + bottom) / 2.0, (TOP + bottom) / 2.0));
	}

	private static void sloLine(StringBuilder svg, Axes axes, double millis, String label) {
		double y = axes.y(millis);
		svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#888888", "6 4"));
		svg.append(text(WIDTH - RIGHT + 6, y + 4, "start", label, "11"));
	}

	private static void plot(StringBuilder svg, Axes axes, Series series, List<StepResult> results, int position) {
		List<String> points = new ArrayList<>();
		for (StepResult result : results) {
			double latency = series.value().applyAsDouble(result);
			if (Double.isInfinite(latency)) {
				// never finished: marked at the top, outside the line
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
								+ "font-size=\"10\" fill=\"%s\">∞ %s</text>%n",
						axes.x(result.throughput()), TOP - 4, series.colour(), result.step().label()));
				continue;
			}
			if (Double.isNaN(latency) || latency <= 0) {
				continue;
			}
			double x = axes.x(result.throughput());
			double y = axes.y(latency);
			points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x, y,
					series.colour()));
			svg.append(text(x + 5, y - 6, "start", result.step().label(), "10"));
		}
		if (points.size() > 1) {
			svg.append(String.format(Locale.ROOT,
					"<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" " + "stroke-width=\"2\"/>%n",
					String.join(" ", points), series.colour()));
		}
		double legendY = TOP + 10 + position * 20;
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"24\" height=\"3\" fill=\"%s\"/>%n",
				WIDTH - RIGHT + 6, legendY - 1.5, series.colour()));
		svg.append(text(WIDTH - RIGHT + 36, legendY + 4, "start", series.name(), "11"));
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, @Nullable String dashes) {
		return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
				x1, y1, x2, y2, colour, (dashes != null) ? " stroke-dasharray=\"" + dashes + "\"" : "");
	}

	private static String text(double x, double y, String anchor, String content, @Nullable String size) {
		String escaped = content.replace("&", "&amp;").replace("<", "&lt;");
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n", x, y, anchor,
				(size != null) ? " font-size=\"" + size + "\"" : "", escaped);
	}

	/** 1, 2 or 5 times a power of ten, at or above {@code value}: round axis ends. */
	static double niceCeiling(double value) {
		if (!(value > 0)) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (step * power >= value) {
				return step * power;
			}
		}
		return 10 * power;
	}

	private record Series(String name, String colour, ToDoubleFunction<StepResult> value) {
	}

	/** Data to pixels: linear across, log10 up from 1 ms. */
	private record Axes(double maxThroughput, int decades) {

		double x(double throughput) {
			return LEFT + throughput / this.maxThroughput * (WIDTH - LEFT - RIGHT);
		}

		double y(double millis) {
			double clamped = Math.max(1, millis);
			return (HEIGHT - BOTTOM) - Math.log10(clamped) / this.decades * (HEIGHT - BOTTOM - TOP);
		}

	}

}
