package dev.foodmesh.loadtest;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in k6's syntax ({@code 500ms}, {@code 60s}, {@code 1m30s}, {@code 2h}), which
 * the profile uses.
 */
final class Durations {

	private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

	private Durations() {
	}

	static Duration parse(String text) {
		String trimmed = text.trim();
		if (trimmed.equals("0")) {
			return Duration.ZERO;
		}
		Matcher part = PART.matcher(trimmed);
		Duration total = Duration.ZERO;
		int position = 0;
		while (position < trimmed.length()) {
			if (!part.find(position) || part.start() != position) {
				throw new IllegalArgumentException("Not a duration: '" + text + "' (write e.g. 500ms, 60s, 1m30s)");
			}
			double amount = Double.parseDouble(part.group(1));
			long unitMillis = switch (part.group(2)) {
				case "ms" -> 1;
				case "s" -> 1_000;
				case "m" -> 60_000;
				default -> 3_600_000;
			};
			total = total.plusMillis(Math.round(amount * unitMillis));
			position = part.end();
		}
		if (position == 0) {
			throw new IllegalArgumentException("Not a duration: '" + text + "' (write e.g. 500ms, 60s, 1m30s)");
		}
		return total;
	}

	/**
	 * The shortest k6-style text for {@code duration}, e.g. {@code 60s}, {@code 2.5s},
	 * {@code 250ms}.
	 */
	static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 1_000 != 0) {
			return (millis < 1_000) ? millis + "ms" : String.format(Locale.ROOT, "%ss", stripZeros(millis / 1_000.0));
		}
		return (millis / 1_000) + "s";
	}

	private static String stripZeros(double value) {
		String text = String.format(Locale.ROOT, "%.3f", value);
		return text.replaceAll("0+$", "").replaceAll("\\.$", "");
	}

}
