package dev.foodmesh.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The objects {@code helm template} renders for one value set, as plain maps, with small finders. Renders are
 * cached per value set, so every test class shares one {@code helm template} run per set.
 */
record RenderedChart(String valueSet, List<Map<String, Object>> objects) {

	static final String NAMESPACE = "foodmesh";

	/** The value sets under charts/foodmesh/ci, each a scenario the chart must render and validate. */
	static final List<String> VALUE_SETS = List.of("default", "external", "gateway-api", "mesh-off", "operators",
			"ha-demo");

	static final List<String> SERVICES = List.of("delivery-service", "order-service", "payment-service",
			"restaurant-service", "user-service");

	private static final Map<String, RenderedChart> CACHE = new ConcurrentHashMap<>();

	static RenderedChart of(String valueSet) {
		return CACHE.computeIfAbsent(valueSet, RenderedChart::render);
	}

	static ChartTools.Result template(String... extraArgs) {
		List<String> args = new ArrayList<>(List.of("template", "foodmesh", ChartTools.CHART.toString(), "--namespace",
				NAMESPACE));
		args.addAll(List.of(extraArgs));
		return ChartTools.helm(args);
	}

	static String valuesFile(String valueSet) {
		return ChartTools.CHART.resolve("ci/" + valueSet + "-values.yaml").toString();
	}

	@SuppressWarnings("unchecked")
	private static RenderedChart render(String valueSet) {
		ChartTools.Result result = template("--values", valuesFile(valueSet));
		if (result.exitCode() != 0) {
			throw new IllegalStateException("helm template failed for " + valueSet + ":\n" + result.all());
		}
		List<Map<String, Object>> objects = new ArrayList<>();
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(50 * 1024 * 1024);
		for (Object document : new Yaml(options).loadAll(result.stdout())) {
			if (document != null) {
				objects.add((Map<String, Object>) document);
			}
		}
		return new RenderedChart(valueSet, List.copyOf(objects));
	}

	Stream<Map<String, Object>> ofKind(String kind) {
		return this.objects.stream().filter((o) -> kind.equals(o.get("kind")));
	}

	Stream<Map<String, Object>> ofApiGroup(String groupSuffix) {
		return this.objects.stream().filter((o) -> String.valueOf(o.get("apiVersion")).contains(groupSuffix));
	}

	Optional<Map<String, Object>> find(String kind, String name) {
		return ofKind(kind).filter((o) -> name.equals(Yamls.str(o, "metadata.name"))).findFirst();
	}

	Map<String, Object> get(String kind, String name) {
		return find(kind, name)
			.orElseThrow(() -> new AssertionError(kind + " " + name + " not rendered for value set " + this.valueSet));
	}

	/** Pod templates of every workload (Deployment, StatefulSet, Job), keyed by "Kind/name". */
	Map<String, Map<String, Object>> podTemplates() {
		Map<String, Map<String, Object>> pods = new java.util.TreeMap<>();
		Stream.of("Deployment", "StatefulSet", "Job")
			.flatMap(this::ofKind)
			.forEach((o) -> pods.put(o.get("kind") + "/" + Yamls.str(o, "metadata.name"), Yamls.map(o, "spec.template")));
		return pods;
	}

}
