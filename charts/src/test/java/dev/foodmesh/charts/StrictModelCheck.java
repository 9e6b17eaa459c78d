package dev.foodmesh.charts;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * Reads an object into the fabric8 model generated for its apiVersion and kind
 * (Kubernetes, Gateway API, Istio) and reports every field the API does not declare:
 * fields that landed in a model's additionalProperties, and fields that the model's own
 * deserializer dropped (some Istio oneOf types do), found by writing the model back and
 * comparing it with the input.
 */
final class StrictModelCheck {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	private StrictModelCheck() {
	}

	static List<String> unknownFields(Map<String, Object> object) {
		String id = object.get("kind") + "/" + Yamls.str(object, "metadata.name");
		KubernetesResource model;
		try {
			model = MAPPER.convertValue(object, KubernetesResource.class);
		}
		catch (IllegalArgumentException ex) {
			return List.of(id + ": does not read into its model: " + ex.getMessage());
		}
		if (model instanceof GenericKubernetesResource) {
			return List.of(id + ": no generated model for " + object.get("apiVersion") + " " + object.get("kind"));
		}
		List<String> errors = new ArrayList<>();
		walk(model, id, errors, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
		compare(object, MAPPER.convertValue(model, Map.class), id, errors);
		return errors;
	}

	/** Reports keys of the input that the model did not write back. */
	private static void compare(Object input, Object written, String path, List<String> errors) {
		if (input instanceof Map<?, ?> in) {
			Map<?, ?> out = (written instanceof Map<?, ?> map) ? map : Map.of();
			in.forEach((key, value) -> {
				if (out.containsKey(key)) {
					compare(value, out.get(key), path + "." + key, errors);
				}
				else if (!isEmpty(value)) {
					errors.add(path + ": field not in the API: " + key);
				}
			});
		}
		else if (input instanceof List<?> in && written instanceof List<?> out && in.size() == out.size()) {
			for (int i = 0; i < in.size(); i++) {
				compare(in.get(i), out.get(i), path + "[" + i + "]", errors);
			}
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof Map<?, ?> map && map.isEmpty())
				|| (value instanceof Collection<?> items && items.isEmpty());
	}

	private static void walk(Object node, String path, List<String> errors, Set<Object> seen) {
		if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean
				|| node instanceof Enum<?> || node instanceof IntOrString || node instanceof Quantity
				|| !seen.add(node)) {
			return;
		}
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> walk(value, path + "." + key, errors, seen));
			return;
		}
		if (node instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", errors, seen);
			}
			return;
		}
		if (!node.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method getter : node.getClass().getMethods()) {
			if (isProperty(getter)) {
				Object value = invoke(getter, node);
				if (getter.getName().equals("getAdditionalProperties")) {
					if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
						errors.add(path + ": fields not in the API: " + extra.keySet());
					}
				}
				else {
					walk(value, path + "." + propertyName(getter), errors, seen);
				}
			}
		}
	}

	private static boolean isProperty(Method method) {
		return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
				&& method.getName().startsWith("get") && !method.getName().equals("getClass")
				&& method.getDeclaringClass().getName().startsWith("io.fabric8.");
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static String propertyName(Method getter) {
		String name = getter.getName().substring(3);
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
