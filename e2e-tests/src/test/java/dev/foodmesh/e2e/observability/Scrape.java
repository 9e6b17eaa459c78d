package dev.foodmesh.e2e.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One scrape of a service's {@code /actuator/prometheus}, parsed from the Prometheus text
 * format into samples: the sample name as Prometheus stores it
 * ({@code foodmesh_events_processed_total}, {@code …_seconds_bucket}), its labels and its
 * value.
 */
public record Scrape(String service, List<Sample> samples) {

	/** One line of the exposition. */
	public record Sample(String name, Map<String, String> labels, double value) {

		boolean has(Map<String, String> wanted) {
			return wanted.entrySet().stream().allMatch((e) -> e.getValue().equals(this.labels.get(e.getKey())));
		}

	}

	public static Scrape parse(String service, String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				samples.add(sample(line.strip()));
			}
		}
		return new Scrape(service, List.copyOf(samples));
	}

	/** Every sample name in the scrape. */
	public Set<String> names() {
		Set<String> names = new TreeSet<>();
		this.samples.forEach((s) -> names.add(s.name()));
		return names;
	}

	/**
	 * The samples of one name whose labels include {@code labels} (pairs: name, value,
	 * name, value…).
	 */
	public List<Sample> series(String name, String... labels) {
		Map<String, String> wanted = pairs(labels);
		return this.samples.stream().filter((s) -> s.name().equals(name) && s.has(wanted)).toList();
	}

	/** The sum over {@link #series}; 0 when there is none. */
	public double sum(String name, String... labels) {
		return series(name, labels).stream().mapToDouble(Sample::value).sum();
	}

	public List<Sample> where(Predicate<Sample> predicate) {
		return this.samples.stream().filter(predicate).toList();
	}

	static Map<String, String> pairs(String... labels) {
		Map<String, String> wanted = new LinkedHashMap<>();
		for (int i = 0; i + 1 < labels.length; i += 2) {
			wanted.put(labels[i], labels[i + 1]);
		}
		return wanted;
	}

	// name{a="x",b="y"} value [timestamp]
	private static Sample sample(String line) {
		int brace = line.indexOf('{');
		int space = line.indexOf(' ');
		Map<String, String> labels = new LinkedHashMap<>();
		String name;
		String rest;
		if (brace >= 0 && brace < space) {
			name = line.substring(0, brace);
			int end = readLabels(line, brace + 1, labels);
			rest = line.substring(end + 1).strip();
		}
		else {
			name = line.substring(0, space);
			rest = line.substring(space + 1).strip();
		}
		String value = rest.split("\\s+")[0];
		return new Sample(name, labels, parseValue(value));
	}

	/**
	 * Reads {@code a="x",b="y"} from {@code start}; answers the index of the closing
	 * brace.
	 */
	private static int readLabels(String line, int start, Map<String, String> labels) {
		int i = start;
		while (line.charAt(i) != '}') {
			int eq = line.indexOf('=', i);
			String key = line.substring(i, eq).strip();
			StringBuilder value = new StringBuilder();
			int j = eq + 2;
			while (line.charAt(j) != '"') {
				char c = line.charAt(j);
				if (c == '\\') {
					char next = line.charAt(++j);
					value.append((next == 'n') ? '\n' : next);
				}
				else {
					value.append(c);
				}
				j++;
			}
			labels.put(key, value.toString());
			i = j + 1;
			if (line.charAt(i) == ',') {
				i++;
			}
		}
		return i;
	}

	private static double parseValue(String value) {
		return switch (value) {
			case "+Inf" -> Double.POSITIVE_INFINITY;
			case "-Inf" -> Double.NEGATIVE_INFINITY;
			case "NaN" -> Double.NaN;
			default -> Double.parseDouble(value);
		};
	}

}
