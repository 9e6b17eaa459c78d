package dev.foodmesh.e2e.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query of the chart's Grafana dashboard and Prometheus alert rules
 * ({@code charts/foodmesh/files}), and the metric names they read.
 */
final class MonitoringQueries {

	static final Path FILES = Path.of(System.getProperty("e2e.monitoring.files", "../charts/foodmesh/files"));

	static final Path DASHBOARD = FILES.resolve("grafana/foodmesh-overview.json");

	static final Path ALERTS = FILES.resolve("prometheus/foodmesh-alerts.yaml");

	private MonitoringQueries() {
	}

	/**
	 * Query → where it is used ("dashboard: Outbox backlog", "alert:
	 * FoodMeshOutboxStalled").
	 */
	static Map<String, String> all() {
		Map<String, String> queries = new LinkedHashMap<>();
		JsonNode dashboard = JsonMapper.builder().build().readTree(read(DASHBOARD));
		dashboard.path("panels")
			.forEach((panel) -> panel.path("targets")
				.forEach((target) -> queries.put(target.path("expr").asString(),
						"dashboard: " + panel.path("title").asString())));
		dashboard.path("templating").path("list").forEach((variable) -> {
			if (variable.path("query").has("query")) {
				queries.put(variable.path("query").path("query").asString(),
						"dashboard variable: " + variable.path("name").asString());
			}
		});
		Map<String, Object> rules = new Yaml().load(read(ALERTS));
		for (Map<String, Object> group : maps(rules.get("groups"))) {
			for (Map<String, Object> rule : maps(group.get("rules"))) {
				queries.put(String.valueOf(rule.get("expr")), "alert: " + rule.get("alert"));
			}
		}
		return queries;
	}

	/** Metric name → the places whose queries read it. */
	static Map<String, Set<String>> metricNames() {
		Map<String, Set<String>> names = new TreeMap<>();
		all().forEach((query, usedBy) -> PromQl.metricNames(query)
			.forEach((name) -> names.computeIfAbsent(name, (key) -> new TreeSet<>()).add(usedBy)));
		return names;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return (List<Map<String, Object>>) list;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.toAbsolutePath()
					+ " (the chart's monitoring files; set -De2e.monitoring.files)", ex);
		}
	}

}
