package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;

/**
 * Dotted-path access to the maps SnakeYAML builds ("spec.template.spec"); a missing step
 * yields null.
 */
final class Yamls {

	private Yamls() {
	}

	static Object at(Object root, String path) {
		Object node = root;
		for (String step : path.split("\\.")) {
			if (!(node instanceof Map<?, ?> map)) {
				return null;
			}
			node = map.get(step);
		}
		return node;
	}

	static String str(Object root, String path) {
		Object value = at(root, path);
		return (value != null) ? String.valueOf(value) : null;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object root, String path) {
		Object value = at(root, path);
		return (value instanceof Map<?, ?>) ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object root, String path) {
		Object value = at(root, path);
		return (value instanceof List<?>) ? (List<Object>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object root, String path) {
		return (List<Map<String, Object>>) (List<?>) list(root, path);
	}

}
