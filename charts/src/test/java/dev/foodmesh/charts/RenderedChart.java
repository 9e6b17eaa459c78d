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
 * The objects {@code helm template} renders for one value set, as plain maps, with small
 * finders. Renders are cached per value set, so every test class shares one
 * {@code helm template} run per set.
 */
record RenderedChart(String valueSet, List<Map<String, Object>> objects) {

	static final String NAMESPACE = "foodmesh";

	/**
	 * The value sets under charts/foodmesh/ci, each a scenario the chart must render and
	 * validate.
	 */
	static final List<String> VALUE_SETS = List.of("default", "external", "gateway-api", "mesh-off", "operators",
			"ha-demo");

	/**
	 * Every value set a user is pointed at: the ci sets, the examples, and
	 * docs/deploy.md's combination.
	 */
	static final List<String> ALL_VALUE_SETS = java.util.stream.Stream.concat(VALUE_SETS.stream(),
			Stream.of("examples/laptop/values.yaml", "examples/production/values.yaml",
					"examples/external-infra/values.yaml", "examples/istio-helm/values.yaml",
					"examples/laptop/values.yaml+istio/jwt/values-dev-jwt.yaml"))
		.toList();

	static final List<String> SERVICES = List.of("delivery-service", "order-service", "payment-service",
			"restaurant-service", "user-service");

	private static final Map<String, RenderedChart> CACHE = new ConcurrentHashMap<>();

	static RenderedChart of(String valueSet) {
		return CACHE.computeIfAbsent(valueSet, RenderedChart::render);
	}

	static ChartTools.Result template(String... extraArgs) {
		List<String> args = new ArrayList<>(
				List.of("template", "foodmesh", ChartTools.CHART.toString(), "--namespace", NAMESPACE));
		args.addAll(List.of(extraArgs));
		return ChartTools.helm(args);
	}

	static String valuesPath(String part) {
		if (!part.contains("/")) {
			return valuesFile(part);
		}
		return java.nio.file.Files.exists(ChartTools.CHART.resolve(part)) ? ChartTools.CHART.resolve(part).toString()
				: ChartTools.REPO.resolve(part).toString();
	}

	static String valuesFile(String valueSet) {
		return ChartTools.CHART.resolve("ci/" + valueSet + "-values.yaml").toString();
	}

	private static RenderedChart render(String valueSet) {
		return new RenderedChart(valueSet, parse(valueSet, renderText(valueSet)));
	}

	/**
	 * The raw {@code helm template} output of a value set: a ci set ("default"), a file
	 * relative to the chart ("examples/laptop/values.yaml") or to the repository
	 * ("istio/jwt/values-dev-jwt.yaml"), or several joined by "+" and given in that
	 * order.
	 */
	static String renderText(String valueSet) {
		List<String> args = new ArrayList<>();
		for (String part : valueSet.split("\\+")) {
			args.add("--values");
			args.add(valuesPath(part));
		}
		ChartTools.Result result = template(args.toArray(String[]::new));
		if (result.exitCode() != 0) {
			throw new IllegalStateException("helm template failed for " + valueSet + ":\n" + result.all());
		}
		return result.stdout();
	}

	/**
	 * Parses rendered YAML as strictly as kustomize, kyaml and yq do: a mapping key twice
	 * in one map is an error (Helm and kubectl silently keep the last one).
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> parse(String what, String yaml) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : strictYaml().loadAll(yaml)) {
			if (document != null) {
				objects.add((Map<String, Object>) document);
			}
		}
		return List.copyOf(objects);
	}

	static Yaml strictYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(50 * 1024 * 1024);
		options.setAllowDuplicateKeys(false);
		return new Yaml(options);
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

	/**
	 * Pod templates of every workload (Deployment, StatefulSet, Job), keyed by
	 * "Kind/name".
	 */
	Map<String, Map<String, Object>> podTemplates() {
		Map<String, Map<String, Object>> pods = new java.util.TreeMap<>();
		Stream.of("Deployment", "StatefulSet", "Job")
			.flatMap(this::ofKind)
			.forEach((o) -> pods.put(o.get("kind") + "/" + Yamls.str(o, "metadata.name"),
					Yamls.map(o, "spec.template")));
		return pods;
	}

}
