package dev.foodmesh.e2e.observability;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana {@code label_values(…)} query)
 * reads: what is left after label matchers, ranges, grouping clauses, strings, numbers,
 * functions and keywords are taken out.
 */
final class PromQl {

	private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

	private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");

	private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");

	private static final Pattern GROUPING = Pattern
		.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

	// label_values(metric, label): the second argument is a label, not a metric
	private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\s*\\(([^,)]+),[^)]*\\)");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");

	private PromQl() {
	}

	static Set<String> metricNames(String expression) {
		String expr = LABEL_VALUES.matcher(expression).replaceAll("$1");
		expr = STRINGS.matcher(expr).replaceAll(" ");
		expr = MATCHERS.matcher(expr).replaceAll(" ");
		expr = RANGES.matcher(expr).replaceAll(" ");
		expr = GROUPING.matcher(expr).replaceAll(" ");
		Set<String> names = new TreeSet<>();
		Matcher identifier = IDENTIFIER.matcher(expr);
		while (identifier.find()) {
			String token = identifier.group();
			boolean call = identifier.group(1) != null;
			char before = (identifier.start() > 0) ? expr.charAt(identifier.start() - 1) : ' ';
			// 1e3 or 0.5 are numbers, $__range a Grafana variable
			boolean notAName = Character.isDigit(before) || before == '.' || before == '$';
			if (!call && !notAName && !KEYWORDS.contains(token.toLowerCase())) {
				names.add(token);
			}
		}
		return names;
	}

}
