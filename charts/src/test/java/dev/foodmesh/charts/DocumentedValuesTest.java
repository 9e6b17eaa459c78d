package dev.foodmesh.charts;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 17 and item 4: every value a user can set and read about changes what
 * the chart renders. Each scalar leaf of values.yaml, plus each key the schema accepts
 * under {@code default} without a default value (such as
 * {@code probes.*.initialDelaySeconds}), is changed alone and the output compared with
 * the output without the change. Values that only matter in another mode are changed in
 * that mode.
 */
class DocumentedValuesTest {

	/**
	 * Extra --set arguments that switch on the mode a value belongs to (longest prefix
	 * wins).
	 */
	static final Map<String, List<String>> CONTEXT = new LinkedHashMap<>();

	static {
		CONTEXT.put("kafka.strimzi.", List.of("kafka.mode=strimzi"));
		CONTEXT.put("kafka.external.", List.of("kafka.mode=external", "kafka.external.bootstrapServers=k:9092"));
		// without the Job nothing would create the services' Kafka credentials and ACLs
		// (the chart refuses it)
		CONTEXT.put("kafka.topicsJob.enabled", List.of("kafka.auth.enabled=false"));
		CONTEXT.put("kafka.bundled.podDisruptionBudget.", List.of("kafka.bundled.replicas=3"));
		CONTEXT.put("kafka.replicationFactor", List.of("kafka.bundled.replicas=3"));
		CONTEXT.put("kafka.minInsyncReplicas", List.of("kafka.bundled.replicas=3", "kafka.replicationFactor=3"));
		CONTEXT.put("postgres.cloudnativepg.", List.of("postgres.mode=cloudnativepg"));
		CONTEXT.put("postgres.external.", List.of("postgres.mode=external"));
		CONTEXT.put("monitoring.dashboards.", List.of("monitoring.dashboards.enabled=true"));
		CONTEXT.put("monitoring.prometheusRule.", List.of("monitoring.prometheusRule.enabled=true"));
		CONTEXT.put("monitoring.podMonitor.", List.of("monitoring.podMonitor.enabled=true"));
		CONTEXT.put("mesh.ingress.gatewayApi.", List.of("mesh.ingress.mode=gatewayApi"));
		CONTEXT.put("mesh.jwt.", List.of("mesh.jwt.jwksUri=https://idp.example/jwks"));
		CONTEXT.put("mesh.jwt.jwks", List.of());
		CONTEXT.put("default.autoscaling.", List.of("default.autoscaling.enabled=true"));
	}

	/**
	 * New values where "one more" or "the opposite" is not valid (enums, names, empty
	 * strings).
	 */
	static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("image.registry", "\"ghcr.io/acme\""),
			Map.entry("image.tag", "\"9.9.9\""), Map.entry("image.pullPolicy", "\"Always\""),
			Map.entry("default.image.repository", "\"ghcr.io/acme/x\""), Map.entry("default.image.tag", "\"9.9.9\""),
			Map.entry("default.image.pullPolicy", "\"Always\""),
			Map.entry("otel.exporterProtocol", "\"http/protobuf\""), Map.entry("kafka.mode", "\"strimzi\""),
			Map.entry("kafka.bundled.image.pullPolicy", "\"Always\""),
			Map.entry("postgres.bundled.image.pullPolicy", "\"Always\""),
			Map.entry("tests.image.pullPolicy", "\"Always\""),
			Map.entry("kafka.external.bootstrapServers", "\"other:9093\""),
			Map.entry("postgres.mode", "\"cloudnativepg\""), Map.entry("postgres.external.host", "\"pg.example\""),
			Map.entry("postgres.bundled.existingAdminSecret", "\"my-admin\""),
			Map.entry("postgres.bundled.storage.storageClassName", "\"fast\""),
			Map.entry("kafka.bundled.storage.storageClassName", "\"fast\""),
			Map.entry("postgres.maxConnections", "500"), Map.entry("mesh.revision", "\"canary\""),
			Map.entry("mesh.ingress.mode", "\"gatewayApi\""),
			Map.entry("mesh.peerAuthentication.mode", "\"PERMISSIVE\""),
			Map.entry("mesh.jwt.jwksUri", "\"https://idp.example/jwks\""),
			Map.entry("mesh.jwt.jwks", "\"{\\\"keys\\\":[]}\""),
			Map.entry("mesh.sidecar.outboundTrafficPolicy", "\"ALLOW_ANY\""),
			Map.entry("monitoring.dashboards.namespace", "\"grafana\""), Map.entry("imagePullSecrets", "[\"regcred\"]"),
			Map.entry("mesh.ingress.hosts", "[\"a.example\"]"), Map.entry("mesh.jwt.audiences", "[\"other\"]"),
			Map.entry("mesh.sidecar.extraEgressHosts", "[\"obs/*\"]"),
			Map.entry("kafka.topics.names", "[\"foodmesh.order.events.v1\"]"),
			Map.entry("mesh.telemetry.randomSamplingPercentage", "50"),
			Map.entry("default.podSecurityContext.seccompProfile.type", "\"Unconfined\""),
			Map.entry("kafka.bundled.clusterId", "\"Zm9vZG1lc2gta2Fma2EtMg\""),
			Map.entry("otel.agentPath", "\"/opt/agent.jar\""),
			Map.entry("default.jvmOptions", "\"-XX:MaxRAMPercentage=40\""),
			Map.entry("kafka.bundled.heapOptions", "\"-Xmx1g\""), Map.entry("mesh.trustDomain", "\"example.org\""),
			Map.entry("tests.order.userId", "\"11111111-1111-4111-8111-111111111112\""),
			Map.entry("tests.order.restaurantId", "\"22222222-2222-4222-8222-222222222222\""),
			Map.entry("tests.order.menuItemId", "\"33333333-3333-4333-8333-333333333312\""),
			Map.entry("default.securityContext.capabilities.drop", "[\"NET_RAW\"]"),
			Map.entry("default.env", "{\"X_Y\":\"1\"}"),
			Map.entry("default.tolerations", "[{\"key\":\"k\",\"operator\":\"Exists\"}]"),
			Map.entry("default.nodeSelector", "{\"disk\":\"ssd\"}"),
			Map.entry("default.podAnnotations", "{\"a\":\"b\"}"), Map.entry("default.podLabels", "{\"team\":\"food\"}"),
			Map.entry("default.envOverrides", "[{\"name\":\"X\",\"value\":\"1\"}]"),
			Map.entry("default.affinity",
					"{\"nodeAffinity\":{\"preferredDuringSchedulingIgnoredDuringExecution\":[{\"weight\":1,\"preference\":{\"matchExpressions\":[{\"key\":\"a\",\"operator\":\"Exists\"}]}}]}}"),
			Map.entry("default.topologySpreadConstraints",
					"[{\"maxSkew\":2,\"topologyKey\":\"zone\",\"whenUnsatisfiable\":\"ScheduleAnyway\"}]"),
			Map.entry("otel.env", "{\"OTEL_X\":\"1\"}"),
			Map.entry("monitoring.dashboards.annotations", "{\"a\":\"b\"}"),
			Map.entry("monitoring.prometheusRule.labels", "{\"a\":\"b\"}"),
			Map.entry("monitoring.podMonitor.labels", "{\"a\":\"b\"}"),
			Map.entry("mesh.ingress.istio.selector", "{\"istio\":\"other\"}"),
			Map.entry("mesh.telemetry.tracingProvider", "\"zipkin\""),
			Map.entry("kafka.bundled.image.repository", "\"mirror/kafka\""),
			Map.entry("postgres.bundled.image.repository", "\"mirror/postgres\""),
			Map.entry("tests.image.repository", "\"mirror/curl\""),
			Map.entry("mesh.ingress.gatewayApi.gatewayClassName", "\"other\""));

	private static final Pattern RANDOM = Pattern.compile("(?m)^(\\s*(?:[a-z]+-)?password): .*$");

	/**
	 * Keys that are not rendered in any mode, each with the reason. Empty: everything
	 * documented renders.
	 */
	static final Map<String, String> NOT_RENDERED = Map.of("components",
			"a map of components: their keys are the default.* keys");

	@Test
	@SuppressWarnings("unchecked")
	void shouldRenderEveryValueAUserCanSet() throws Exception {
		Map<String, Object> values = new Yaml().load(Files.readString(ChartTools.CHART.resolve("values.yaml")));
		Map<String, Object> leaves = new LinkedHashMap<>();
		flatten("", values, leaves);
		JsonNode schema = new ObjectMapper().readTree(ChartTools.CHART.resolve("values.schema.json").toFile());
		schemaOnly("default", schema.path("properties").path("default"), leaves);
		leaves.keySet().removeIf(NOT_RENDERED::containsKey);

		Map<String, String> baselines = new ConcurrentHashMap<>();
		List<String> silent = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (Map.Entry<String, Object> leaf : leaves.entrySet()) {
				results.add(pool.submit(() -> check(leaf.getKey(), leaf.getValue(), baselines)));
			}
			for (Future<String> result : results) {
				String problem = result.get();
				if (problem != null) {
					silent.add(problem);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(leaves).hasSizeGreaterThan(150).containsKey("default.probes.startup.initialDelaySeconds");
		assertThat(render(List.of(), null)).as("two renders of the same values are equal")
			.isEqualTo(render(List.of(), null));
		assertThat(silent).as("values that change nothing in the rendered chart").isEmpty();
	}

	private static String check(String path, Object current, Map<String, String> baselines) {
		List<String> context = context(path);
		String baseline = baselines.computeIfAbsent(String.join(",", context), (k) -> render(context, null));
		for (String candidate : candidates(path, current)) {
			List<String> args = new ArrayList<>(context);
			String changed = render(args, path + "=" + candidate);
			if (changed == null) {
				continue;
			}
			return changed.equals(baseline) ? path + " (set to " + candidate + ")" : null;
		}
		return path + ": no valid changed value found (add one to SAMPLES)";
	}

	private static String render(List<String> context, String setJson) {
		List<String> args = new ArrayList<>();
		context.forEach((c) -> args.addAll(List.of("--set", c)));
		if (setJson != null) {
			args.addAll(List.of("--set-json", setJson));
		}
		ChartTools.Result result = RenderedChart.template(args.toArray(String[]::new));
		// generated passwords differ on every render: they must not count as "changed"
		return (result.exitCode() == 0) ? RANDOM.matcher(result.stdout()).replaceAll("$1: generated") : null;
	}

	private static List<String> context(String path) {
		return CONTEXT.entrySet()
			.stream()
			.filter((e) -> path.startsWith(e.getKey()))
			.reduce((a, b) -> (b.getKey().length() > a.getKey().length()) ? b : a)
			.map(Map.Entry::getValue)
			.orElse(List.<String>of())
			.stream()
			// --set wins over --set-json: the context must not set the value under test
			.filter((c) -> !c.startsWith(path + "="))
			.toList();
	}

	private static List<String> candidates(String path, Object current) {
		List<String> out = new ArrayList<>();
		if (SAMPLES.containsKey(path)) {
			out.add(SAMPLES.get(path));
		}
		if (current instanceof Boolean b) {
			out.add(String.valueOf(!b));
		}
		else if (current instanceof Number n) {
			out.add(String.valueOf(n.longValue() + 1));
			out.add(String.valueOf(Math.max(0, n.longValue() - 1)));
			out.add("7");
		}
		else if (current instanceof String s) {
			Matcher number = Pattern.compile("^(\\d+)(.*)$").matcher(s);
			if (number.matches()) {
				out.add("\"" + (Long.parseLong(number.group(1)) + 1) + number.group(2) + "\"");
			}
			out.add("\"" + s + "x\"");
		}
		else if (current instanceof List<?> list && !list.isEmpty()) {
			out.add("[]");
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Map<String, Object> map, Map<String, Object> leaves) {
		map.forEach((key, value) -> {
			String path = prefix.isEmpty() ? key : prefix + "." + key;
			if (key.equals("components") && prefix.isEmpty()) {
				leaves.put(path, value);
			}
			else if (value instanceof Map<?, ?> child && !child.isEmpty() && !SAMPLES.containsKey(path)) {
				flatten(path, (Map<String, Object>) child, leaves);
			}
			else {
				leaves.put(path, value);
			}
		});
	}

	/**
	 * Keys the schema accepts under a path without a value in values.yaml, with a value
	 * of their type.
	 */
	private static void schemaOnly(String path, JsonNode node, Map<String, Object> leaves) {
		node.path("properties").properties().forEach((e) -> {
			String child = path + "." + e.getKey();
			JsonNode type = e.getValue().path("type");
			boolean known = leaves.keySet().stream().anyMatch((k) -> k.equals(child) || k.startsWith(child + "."));
			if (e.getValue().has("properties")) {
				schemaOnly(child, e.getValue(), leaves);
			}
			else if (!known && "integer".equals(type.asText())) {
				leaves.put(child, Math.max(0, e.getValue().path("minimum").asInt(0)) + 2);
			}
			else if (!known && "boolean".equals(type.asText())) {
				leaves.put(child, false);
			}
		});
	}

}
