package dev.foodmesh.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the alert rules under {@code files/} reach the cluster
 * unchanged, and only when switched on. The PrometheusRule has no schema in a registry
 * package ({@link UpstreamSchemaTest} skips it, as it skips the Strimzi and CloudNativePG
 * resources), so its shape is checked here against the fields of the Prometheus
 * Operator's {@code monitoring.coreos.com/v1} CRD. That every metric a panel or rule
 * queries is really exported is proven by e2e-tests' {@code ObservabilityJourneyIT}.
 */
class MonitoringTest {

	static final Path DASHBOARD = ChartTools.CHART.resolve("files/grafana/foodmesh-overview.json");

	static final Path ALERTS = ChartTools.CHART.resolve("files/prometheus/foodmesh-alerts.yaml");

	/**
	 * The fields the PrometheusRule CRD declares for a rule group and a rule (closed, as
	 * our schema is).
	 */
	static final Set<String> GROUP_FIELDS = Set.of("name", "interval", "rules", "limit", "labels", "query_offset",
			"partial_response_strategy");

	static final Set<String> RULE_FIELDS = Set.of("alert", "record", "expr", "for", "keep_firing_for", "labels",
			"annotations");

	@Test
	void shouldRenderNoMonitoringObjectsByDefault() {
		RenderedChart chart = RenderedChart.of("default");

		assertThat(chart.ofKind("PrometheusRule")).isEmpty();
		assertThat(chart.find("ConfigMap", "foodmesh-dashboards")).isEmpty();
	}

	@Test
	void shouldTagEveryServiceMetricWithTheApplicationTheDashboardsGroupBy() {
		RenderedChart chart = RenderedChart.of("default");

		for (String service : RenderedChart.SERVICES) {
			assertThat(Yamls.map(chart.get("ConfigMap", service), "data"))
				.containsEntry("MANAGEMENT_METRICS_TAGS_APPLICATION", service);
		}
	}

	@Test
	void shouldShipTheDashboardFilesInAConfigMapForTheGrafanaSidecar() throws Exception {
		Map<String, Object> configMap = RenderedChart.of("ha-demo").get("ConfigMap", "foodmesh-dashboards");

		assertThat(Yamls.map(configMap, "metadata.labels")).containsEntry("grafana_dashboard", "1")
			.containsEntry("app.kubernetes.io/part-of", "foodmesh");
		assertThat(Yamls.map(configMap, "metadata.annotations")).containsEntry("grafana_folder", "FoodMesh");
		assertThat(Yamls.map(configMap, "data")).containsOnlyKeys("foodmesh-overview.json")
			.containsEntry("foodmesh-overview.json", Files.readString(DASHBOARD));
	}

	@Test
	void shouldShipTheAlertRulesFileInAPrometheusRule() throws Exception {
		Map<String, Object> rule = RenderedChart.of("ha-demo").get("PrometheusRule", "foodmesh-alerts");
		Map<String, Object> file = new Yaml().load(Files.readString(ALERTS));

		assertThat(rule.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
		assertThat(Yamls.map(rule, "metadata.labels")).containsEntry("release", "kube-prometheus-stack");
		assertThat(Yamls.map(rule, "spec")).containsOnlyKeys("groups");
		assertThat(Yamls.list(rule, "spec.groups")).isEqualTo(file.get("groups"));
	}

	@Test
	void shouldWriteAlertRulesThatThePrometheusRuleCrdAccepts() throws Exception {
		Map<String, Object> file = new Yaml().load(Files.readString(ALERTS));
		List<Map<String, Object>> groups = Yamls.maps(file, "groups");
		List<Map<String, Object>> rules = groups.stream().flatMap((g) -> Yamls.maps(g, "rules").stream()).toList();

		assertThat(file).containsOnlyKeys("groups");
		assertThat(groups).isNotEmpty().allSatisfy((group) -> {
			assertThat(GROUP_FIELDS).containsAll(group.keySet());
			assertThat(Yamls.str(group, "name")).startsWith("foodmesh.");
		});
		assertThat(rules).extracting((r) -> r.get("alert")).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(rules).allSatisfy((r) -> {
			assertThat(RULE_FIELDS).as("fields of %s", r.get("alert")).containsAll(r.keySet());
			assertThat(Yamls.str(r, "expr")).isNotBlank().satisfies(MonitoringTest::assertBalanced);
			assertThat(Yamls.str(r, "for") == null || Yamls.str(r, "for").matches("\\d+[smh]")).isTrue();
			assertThat(Yamls.str(r, "labels.severity")).isIn("warning", "critical");
			assertThat(Yamls.str(r, "annotations.summary")).isNotBlank();
			assertThat(Yamls.str(r, "annotations.runbook")).isEqualTo("docs/observability.md#alerts");
		});
		assertThat(rules).extracting((r) -> r.get("alert"))
			.as("the alerts issue 4 asks for: DLT growth, outbox backlog, consumer lag, saga SLO, error rate")
			.contains("FoodMeshEventsDeadLettered", "FoodMeshOutboxBacklogHigh", "FoodMeshConsumerLagHigh",
					"FoodMeshSagaPaymentSlow", "FoodMeshHttpErrorRateHigh");
	}

	@Test
	void shouldAlertOnStallsAndTakeTheBacklogsMaxAcrossReplicas() throws Exception {
		Map<String, Object> file = new Yaml().load(Files.readString(ALERTS));
		Map<String, String> expressions = Yamls.maps(file, "groups")
			.stream()
			.flatMap((g) -> Yamls.maps(g, "rules").stream())
			.collect(Collectors.toMap((r) -> Yamls.str(r, "alert"), (r) -> Yamls.str(r, "expr")));

		assertThat(expressions).containsKeys("FoodMeshConsumerStalled", "FoodMeshRetentionNotRunning");
		// every replica reports the outbox, the standbys included: a sum would count the
		// backlog once per replica
		assertThat(expressions).hasEntrySatisfying("FoodMeshOutboxBacklogHigh",
				(expr) -> assertThat(expr).startsWith("max by").doesNotContain("sum"));
		assertThat(expressions).hasEntrySatisfying("FoodMeshOutboxStalled",
				(expr) -> assertThat(expr).startsWith("max by").contains("foodmesh_outbox_oldest_age_seconds"));
	}

	@Test
	void shouldGiveEveryDashboardPanelAQueryOnTheTemplatedDatasource() throws Exception {
		JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
		List<String> titles = new ArrayList<>();

		assertThat(dashboard.path("uid").asText()).isEqualTo("foodmesh-overview");
		dashboard.path("panels").forEach((panel) -> {
			if (!"row".equals(panel.path("type").asText())) {
				titles.add(panel.path("title").asText());
				assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
				assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
				panel.path("targets").forEach((t) -> assertBalanced(t.path("expr").asText()));
			}
		});
		assertThat(String.join("|", titles).toLowerCase()).as("panels issue 4 asks for")
			.contains("saga funnel", "stage latency", "consumer lag", "outbox backlog", "dead-lettered",
					"requests per second", "5xx error ratio", "latency p95");
	}

	private static void assertBalanced(String expr) {
		int parens = 0;
		int braces = 0;
		int brackets = 0;
		for (char c : expr.toCharArray()) {
			parens += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			braces += (c == '{') ? 1 : (c == '}') ? -1 : 0;
			brackets += (c == '[') ? 1 : (c == ']') ? -1 : 0;
			assertThat(Math.min(parens, Math.min(braces, brackets))).as(expr).isNotNegative();
		}
		assertThat(new int[] { parens, braces, brackets }).as(expr).containsOnly(0);
	}

}
